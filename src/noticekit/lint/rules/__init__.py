"""The lint rules, registered in one explicit table (one module per rule)."""

from __future__ import annotations

from . import nk001_controller_contact_incomplete
from . import nk002_representative_missing
from . import nk003_dpo_not_stated
from . import nk004_purpose_without_legal_basis
from . import nk005_special_category_without_condition
from . import nk006_legitimate_interest_missing
from . import nk007_law_not_cited
from . import nk008_consent_withdrawal_missing
from . import nk009_purpose_without_recipients
from . import nk010_vague_recipient_category
from . import nk011_recipient_outside_eea_without_transfer
from . import nk012_transfer_incomplete
from . import nk013_safeguards_copy_missing
from . import nk014_purpose_without_retention
from . import nk015_vague_retention
from . import nk016_rights_incomplete
from . import nk017_objection_right_missing
from . import nk018_complaint_authority_missing
from . import nk019_provision_requirement_missing
from . import nk020_automated_decisions_undeclared
from . import nk021_source_not_stated
from . import nk022_indirect_categories_missing
from . import nk023_change_history_missing
from . import nk024_joint_arrangement_missing
from . import nk025_missing_translation
from . import nk026_hedging_words
from . import nk027_high_impact_not_flagged
from . import nk028_unused_definition
from . import nk029_hard_to_read
from . import nk030_adequacy_not_known
from . import nk031_right_without_how_to
from . import nk032_special_category_not_flagged
from . import nk033_automated_decision_safeguards_missing
from . import nk034_portability_without_basis
from . import nk035_recipient_location_unknown
from . import nk036_placeholder_text
from . import nk037_joint_control_rights_missing
from . import nk038_authority_outdated_or_unknown
from . import nk039_compelling_interests_missing
from . import nk040_information_exemption_incomplete
from . import nk041_information_exemption_not_applicable
from . import nk042_further_processing_before_notice
from . import nk043_further_processing_compatibility_unexplained
from . import nk045_material_change_without_new_version

#: Every rule, by code. Add a rule by importing its module above and listing it here.
RULES = {
    rule.CODE: rule
    for rule in (
        nk001_controller_contact_incomplete,
        nk002_representative_missing,
        nk003_dpo_not_stated,
        nk004_purpose_without_legal_basis,
        nk005_special_category_without_condition,
        nk006_legitimate_interest_missing,
        nk007_law_not_cited,
        nk008_consent_withdrawal_missing,
        nk009_purpose_without_recipients,
        nk010_vague_recipient_category,
        nk011_recipient_outside_eea_without_transfer,
        nk012_transfer_incomplete,
        nk013_safeguards_copy_missing,
        nk014_purpose_without_retention,
        nk015_vague_retention,
        nk016_rights_incomplete,
        nk017_objection_right_missing,
        nk018_complaint_authority_missing,
        nk019_provision_requirement_missing,
        nk020_automated_decisions_undeclared,
        nk021_source_not_stated,
        nk022_indirect_categories_missing,
        nk023_change_history_missing,
        nk024_joint_arrangement_missing,
        nk025_missing_translation,
        nk026_hedging_words,
        nk027_high_impact_not_flagged,
        nk028_unused_definition,
        nk029_hard_to_read,
        nk030_adequacy_not_known,
        nk031_right_without_how_to,
        nk032_special_category_not_flagged,
        nk033_automated_decision_safeguards_missing,
        nk034_portability_without_basis,
        nk035_recipient_location_unknown,
        nk036_placeholder_text,
        nk038_authority_outdated_or_unknown,
        nk039_compelling_interests_missing,
        nk040_information_exemption_incomplete,
        nk041_information_exemption_not_applicable,
        nk042_further_processing_before_notice,
        nk043_further_processing_compatibility_unexplained,
        nk037_joint_control_rights_missing,
        nk045_material_change_without_new_version,
    )
}
