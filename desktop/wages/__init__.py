"""Wage claims: the law as dated data (resources/law/) and a calculator over plain inputs.

Qt-free and vault-free: :mod:`desktop.wages.law` loads and validates the rule files,
:mod:`desktop.wages.inputs` reads the terms, day records and payslips,
:mod:`desktop.wages.hours` sorts worked minutes by kind, :mod:`desktop.wages.calculator`
turns them into money per pay period.  Every result is an estimate to be checked by a
person; every figure names the rules and input rows it came from.  See docs/wages.md.
"""
