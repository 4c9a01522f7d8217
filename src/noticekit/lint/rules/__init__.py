"""The lint rules, registered in one explicit table (one module per rule)."""

from __future__ import annotations

from . import nk004_purpose_without_legal_basis

#: Every rule, by code. Add a rule by importing its module above and listing it here.
RULES = {
    rule.CODE: rule
    for rule in (
        nk004_purpose_without_legal_basis,
    )
}
