"""Safety kiosk mode: a full-screen questionnaire for workers at outreach events."""

from ui.kiosk.setup_dialog import KioskSettings, KioskSetupDialog
from ui.kiosk.window import KioskWindow

__all__ = ["KioskSettings", "KioskSetupDialog", "KioskWindow"]
