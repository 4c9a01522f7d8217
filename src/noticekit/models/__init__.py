"""The notice model: Pydantic v2 classes whose field descriptions feed the JSON Schema."""

from __future__ import annotations

from .codes import LegalBasisCode
from .codes import RightCode
from .codes import TransferMechanismCode
from .notice import AutomatedDecisionMaking
from .notice import Change
from .notice import ChangeClassification
from .notice import Changes
from .notice import Cookie
from .notice import Cookies
from .notice import LanguageVersion
from .notice import Notice
from .notice import Right
from .notice import Scope
from .notice import Section
from .notice import SupervisoryAuthority
from .notice import Suppression
from .parties import ContactPoint
from .parties import Controller
from .parties import DataProtectionOfficer
from .parties import JointArrangement
from .parties import PhoneNumber
from .parties import PostalAddress
from .parties import Representative
from .processing import DataCategory
from .processing import DataSubjectCategory
from .processing import Purpose
from .processing import Recipient
from .processing import Retention
from .processing import Source
from .processing import Transfer
from .purpose_details import AutomatedDecisionDetails
from .purpose_details import CriminalOffenceGround
from .purpose_details import FurtherProcessing
from .purpose_details import InformationExemption
from .retention import RetentionPeriod

__all__ = [
    "AutomatedDecisionMaking", "Change", "ChangeClassification", "Changes", "ContactPoint",
    "Controller", "Cookie", "Cookies", "DataCategory", "DataProtectionOfficer",
    "DataSubjectCategory", "JointArrangement", "LanguageVersion", "LegalBasisCode", "Notice",
    "PostalAddress", "Purpose", "Recipient", "Representative", "Retention", "Right", "RightCode",
    "Scope", "Section", "Source", "SupervisoryAuthority", "Suppression", "Transfer",
    "TransferMechanismCode",
    "PhoneNumber", "RetentionPeriod", "CriminalOffenceGround", "AutomatedDecisionDetails",
    "InformationExemption", "FurtherProcessing",
]  # fmt: skip
