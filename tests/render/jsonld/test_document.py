"""JSON-LD output: expanded to RDF offline with pyld, then checked triple by triple."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

import noticekit
from noticekit.models import Notice
from noticekit.render.jsonld.document import build_document
from noticekit.render.jsonld.document import context
from noticekit.render.jsonld.document import render
from noticekit.validate import load_notices

FIXTURES = Path(__file__).parents[1] / "fixtures" / "jsonld"
SHIPPED = Path(__file__).resolve().parents[3] / "notices"
SHIPPED_NOTICES = sorted(path.parent.name for path in SHIPPED.glob("*/notice.yaml"))

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DPV = "https://w3id.org/dpv#"
GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
NK = "https://w3id.org/noticekit/vocab#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
ACME = "https://acme.example/personvern"


def _no_network(url: str, options: dict | None = None) -> Any:
    raise AssertionError(f"the JSON-LD processor tried to fetch {url!r}")


@pytest.fixture(autouse=True)
def offline_loader():
    """Every pyld call in these tests fails if it reaches for the network."""
    previous = jsonld.get_document_loader()
    jsonld.set_document_loader(_no_network)
    yield
    jsonld.set_document_loader(previous)


def _notice(folder: str) -> Notice:
    result = load_notices([FIXTURES / folder])
    assert not result.problems, [str(problem) for problem in result.problems]
    return result.notices[0].notice


def _triples(document: dict[str, Any]) -> set[tuple[str, str, Any]]:
    """(subject, predicate, object) with IRIs as strings and literals as (value, language or
    datatype)."""
    dataset = jsonld.to_rdf(copy.deepcopy(document), {"documentLoader": _no_network})
    found = set()
    for quad in dataset["@default"]:
        obj = quad["object"]
        if obj["type"] == "literal":
            value: Any = (obj["value"], obj.get("language") or obj["datatype"])
        else:
            value = obj["value"]
        found.add((quad["subject"]["value"], quad["predicate"]["value"], value))
    return found


@pytest.fixture(scope="module")
def acme() -> set[tuple[str, str, Any]]:
    jsonld.set_document_loader(_no_network)
    return _triples(build_document(_notice("acme")))


def _objects(triples: set, subject: str, predicate: str) -> set:
    return {o for s, p, o in triples if s == subject and p == predicate}


def test_notice_types_from_collection(acme):
    assert _objects(acme, ACME, RDF_TYPE) == {
        DPV + "PrivacyNotice",
        GDPR + "DirectDataCollectionNotice",
        GDPR + "IndirectDataCollectionNotice",
    }


def test_version_and_dates(acme):
    assert (ACME, DCT + "hasVersion", ("3.1", XSD + "string")) in acme
    assert (ACME, DCT + "issued", ("2025-06-01", XSD + "date")) in acme


def test_titles_are_language_tagged(acme):
    assert _objects(acme, ACME, DCT + "title") == {
        ("Personvernerklæring for Acme", "nb"),
        ("Acme privacy notice", "en"),
    }


def test_each_purpose_is_a_process_with_its_legal_bases(acme):
    processes = _objects(acme, ACME, DPV + "hasProcess")
    assert processes == {
        f"{ACME}#process-{name}" for name in ("newsletter", "security", "bookkeeping")
    }
    assert (f"{ACME}#process-newsletter", RDF_TYPE, DPV + "Process") in acme
    assert _objects(acme, f"{ACME}#process-newsletter", DPV + "hasLegalBasis") == {GDPR + "A6-1-a"}
    security = _objects(acme, f"{ACME}#process-security", DPV + "hasLegalBasis")
    assert {GDPR + "A6-1-f", GDPR + "A9-2-f"} < security


def test_purpose_typed_by_its_dpv_term_with_localized_name(acme):
    purpose = f"{ACME}#purpose-newsletter"
    assert _objects(acme, f"{ACME}#process-newsletter", DPV + "hasPurpose") == {purpose}
    assert (purpose, RDF_TYPE, DPV + "DirectMarketing") in acme
    assert (purpose, "http://www.w3.org/2004/02/skos/core#prefLabel", ("Nyhetsbrev", "nb")) in acme


def test_legitimate_interest_is_described(acme):
    bases = _objects(acme, f"{ACME}#process-security", DPV + "hasLegalBasis")
    interest = next(
        b for b in bases if (b, RDF_TYPE, DPV + "LegitimateInterestOfController") in acme
    )
    justification = _objects(acme, interest, DPV + "hasJustification").pop()
    assert (justification, DCT + "description", ("To protect our systems.", "en")) in acme


def test_law_for_legal_obligation(acme):
    law = _objects(acme, f"{ACME}#process-bookkeeping", DPV + "hasApplicableLaw").pop()
    assert (law, RDF_TYPE, DPV + "Law") in acme
    assert (law, DCT + "description", ("Bokføringsloven", "nb")) in acme


def test_personal_data_and_special_categories(acme):
    assert _objects(acme, f"{ACME}#process-security", DPV + "hasPersonalData") == {
        f"{ACME}#data-contact",
        f"{ACME}#data-health",
    }
    assert (f"{ACME}#data-contact", RDF_TYPE, "https://w3id.org/dpv/pd#EmailAddress") in acme
    assert (f"{ACME}#data-contact", DPV + "hasNecessity", DPV + "Required") in acme
    assert (f"{ACME}#data-health", RDF_TYPE, DPV + "SpecialCategoryPersonalData") in acme


def test_subjects_and_sources(acme):
    assert (
        f"{ACME}#process-newsletter",
        DPV + "hasDataSubject",
        f"{ACME}#subjects-customers",
    ) in acme
    assert (f"{ACME}#subjects-customers", RDF_TYPE, DPV + "Customer") in acme
    assert (f"{ACME}#source-customer", RDF_TYPE, DPV + "DataSubjectDataSource") in acme
    assert (f"{ACME}#source-register", RDF_TYPE, DPV + "PublicDataSource") in acme


def test_recipients_by_role(acme):
    assert (
        f"{ACME}#process-newsletter",
        DPV + "hasDataProcessor",
        f"{ACME}#recipient-mailer",
    ) in acme
    assert (f"{ACME}#process-security", DPV + "hasRecipient", f"{ACME}#recipient-police") in acme
    assert (f"{ACME}#recipient-police", RDF_TYPE, DPV + "Authority") in acme
    assert (f"{ACME}#process-bookkeeping", NK + "noRecipients", ("true", XSD + "boolean")) in acme


def test_storage_conditions(acme):
    storage = _objects(acme, f"{ACME}#process-security", DPV + "hasStorageCondition").pop()
    assert (storage, RDF_TYPE, DPV + "StorageDuration") in acme
    duration = _objects(acme, storage, DPV + "hasDuration").pop()
    assert (duration, RDF_TYPE, DPV + "TemporalDuration") in acme
    assert (
        duration,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#value",
        ("P5Y", XSD + "duration"),
    ) in acme
    event_storage = _objects(acme, f"{ACME}#process-newsletter", DPV + "hasStorageCondition").pop()
    event = _objects(acme, event_storage, DPV + "hasDuration").pop()
    assert (event, RDF_TYPE, DPV + "UntilEventDuration") in acme


def test_transfer_with_country_mechanism_and_safeguards(acme):
    transfer = f"{ACME}#transfer-us-mail"
    assert _objects(acme, f"{ACME}#process-newsletter", DPV + "hasProcessing") >= {transfer}
    assert transfer not in _objects(acme, f"{ACME}#process-security", DPV + "hasProcessing")
    assert (transfer, DPV + "hasThirdCountry", "https://w3id.org/dpv/loc#US") in acme
    assert (transfer, DPV + "hasLegalBasis", GDPR + "A46-2-c") in acme
    assert (transfer, DCT + "references", "https://acme.example/scc") in acme
    assert _objects(acme, f"{ACME}#process-bookkeeping", DPV + "hasProcessing") == set()


def test_transfer_tied_to_no_purpose_goes_with_the_notice_not_with_every_purpose(acme):
    backup = f"{ACME}#transfer-swiss-backup"
    assert (backup, DPV + "hasLegalBasis", GDPR + "A45-3") in acme
    assert (ACME, DPV + "hasProcessing", backup) in acme
    processes = _objects(acme, ACME, DPV + "hasProcess")
    assert all((process, DPV + "hasProcessing", backup) not in acme for process in processes)
    assert (ACME, DPV + "hasProcessing", f"{ACME}#transfer-us-mail") not in acme


def test_a_purpose_with_recipients_not_stated_gets_no_transfer():
    notice = _notice("acme").model_copy(deep=True)
    notice.purposes[0].recipients = None  # the newsletter, whose recipient imports the US transfer
    triples = _triples(build_document(notice))
    assert _objects(triples, f"{ACME}#process-newsletter", DPV + "hasProcessing") == set()
    assert (ACME, DPV + "hasProcessing", f"{ACME}#transfer-us-mail") in triples


def test_security_statements_are_measures(acme):
    measure = _objects(acme, ACME, DPV + "hasTechnicalOrganisationalMeasure").pop()
    assert (measure, RDF_TYPE, DPV + "TechnicalOrganisationalMeasure") in acme
    assert (measure, DCT + "description", ("We encrypt data.", "en")) in acme


def test_profiling_and_automated_decisions(acme):
    assert (f"{ACME}#process-security", DPV + "hasProcessing", DPV + "Profiling") in acme
    assert (f"{ACME}#process-security", DPV + "hasContext", DPV + "AutomatedDecisionMaking") in acme


def test_controllers_joint_controllers_and_dpo(acme):
    controller = f"{ACME}#controller-acme-as"
    partner = f"{ACME}#controller-acme-partner"
    assert _objects(acme, ACME, DPV + "hasDataController") == {controller, partner}
    assert (controller, DPV + "hasName", ("Acme AS", XSD + "string")) in acme
    assert (controller, DCT + "identifier", ("999 888 777", XSD + "string")) in acme
    assert (controller, DPV + "hasContact", "mailto:personvern@acme.example") in acme
    # the one DPO of a notice with two controllers is the notice's, not each controller's
    assert (ACME, DPV + "hasDataProtectionOfficer", f"{ACME}#dpo-officer") in acme
    assert _objects(acme, controller, DPV + "hasDataProtectionOfficer") == set()
    assert _objects(acme, f"{ACME}#process-security", DPV + "hasDataController") == {controller}


def test_joint_control_covers_only_its_purposes(acme):
    group = f"{ACME}#joint-club"
    assert _objects(acme, ACME, DPV + "hasJointDataControllers") == {group}
    assert (group, RDF_TYPE, DPV + "JointDataControllers") in acme
    assert _objects(acme, group, DPV + "hasDataController") == {
        f"{ACME}#controller-acme-as",
        f"{ACME}#controller-acme-partner",
    }
    assert (
        group,
        NK + "jointArrangement",
        ("We share responsibility for the customer club.", "en"),
    ) in acme
    assert (
        group,
        NK + "rightsAgainstEach",
        ("You can exercise your rights against each of us.", "en"),
    ) in acme
    assert (group, NK + "contactPoint", f"{ACME}#contact-privacy") in acme
    assert _objects(acme, f"{ACME}#process-newsletter", DPV + "hasJointDataControllers") == {group}
    assert _objects(acme, f"{ACME}#process-security", DPV + "hasJointDataControllers") == set()


def test_a_purpose_naming_no_controller_has_none_stated_among_several(acme):
    assert _objects(acme, f"{ACME}#process-newsletter", DPV + "hasDataController") == set()
    assert _objects(acme, f"{ACME}#process-bookkeeping", DPV + "hasDataController") == set()


def test_rights_and_complaint_authority(acme):
    rights = _objects(acme, ACME, DPV + "hasRight")
    assert len(rights) == 5
    assert (f"{ACME}#right-a15", RDF_TYPE, GDPR + "A15") in acme
    assert (f"{ACME}#right-a15", DPV + "isExercisedAt", f"{ACME}#contact-privacy") in acme
    assert _objects(acme, f"{ACME}#right-a21-2", RDF_TYPE) == {
        GDPR + "A21",
        NK + "RightToObjectToDirectMarketing",
    }
    assert (f"{ACME}#right-a7-3", RDF_TYPE, GDPR + "A7-3") in acme
    assert (
        f"{ACME}#right-a77",
        DPV + "hasAuthority",
        "https://w3id.org/dpv/legal/no#DPA-NO",
    ) in acme


def test_minimal_swedish_notice():
    triples = _triples(build_document(_notice("tiny-se")))
    notice = "urn:noticekit:tiny-se"
    assert _objects(triples, notice, RDF_TYPE) == {
        DPV + "PrivacyNotice",
        GDPR + "IndirectDataCollectionNotice",
    }
    assert (
        f"{notice}#right-a77",
        DPV + "hasAuthority",
        "https://w3id.org/dpv/legal/se#DPA-SE",
    ) in triples
    assert (notice, NK + "statement", ("We have no DPO.", "en")) in triples
    assert not [t for t in triples if t[1] == DPV + "hasDataProtectionOfficer"]


def test_an_authority_without_a_code_is_described_as_stated_not_guessed():
    notice = _notice("tiny-se")
    notice.rights[0].authority.code = None
    triples = _triples(build_document(notice))
    node = _objects(triples, "urn:noticekit:tiny-se#right-a77", DPV + "hasAuthority").pop()
    assert not node.startswith("https://w3id.org/dpv/legal/")
    assert (node, RDF_TYPE, DPV + "DataProtectionAuthority") in triples
    assert (
        node,
        DPV + "hasName",
        ("Integritetsskyddsmyndigheten (IMY)", XSD + "string"),
    ) in triples


def test_context_is_the_shipped_one_inlined():
    document = build_document(_notice("tiny-se"))
    assert document["@context"] == context()
    shipped = json.loads(
        (Path(noticekit.__file__).parent / "context" / "v1.jsonld").read_text(encoding="utf-8")
    )
    assert document["@context"] == shipped["@context"]
    assert isinstance(document["@context"], dict)


LANGUAGE_MAPS = {
    term
    for term, value in context().items()
    if isinstance(value, dict) and value.get("@container") == "@language"
}


def _keys(node: Any) -> set[str]:
    """Every property name used in the document, not looking inside the context or language maps."""
    if isinstance(node, list):
        return set().union(*(_keys(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    inner = (
        _keys(value)
        for key, value in node.items()
        if key != "@context" and key not in LANGUAGE_MAPS
    )
    return set(node) | set().union(*inner)


def _terms(document: dict[str, Any]) -> set[str]:
    """The property names of a document, leaving out JSON-LD keywords (native literals lose
    `@value`)."""
    return {key for key in _keys(document) if not key.startswith("@")}


@pytest.mark.parametrize("folder", ["acme", "tiny-se"])
def test_every_key_is_defined_or_prefixed(folder):
    document = build_document(_notice(folder))
    defined = document["@context"]
    for key in _keys(document):
        if key.startswith("@"):
            continue
        assert key in defined or key.split(":", 1)[0] in defined, f'"{key}" is not in the context'


@pytest.mark.parametrize("folder", ["acme", "tiny-se"])
def test_nothing_is_dropped_on_expansion(folder):
    """Every property of the compact document survives expansion (an unknown term would vanish)."""
    document = build_document(_notice(folder))
    expanded = jsonld.expand(copy.deepcopy(document), {"documentLoader": _no_network})
    compacted = jsonld.compact(expanded, {"@context": context()}, {"documentLoader": _no_network})
    assert _terms(compacted) >= _terms(document)


@pytest.mark.parametrize("folder", ["acme", "tiny-se"])
def test_render_is_deterministic_and_matches_golden(folder, request):
    notice = _notice(folder)
    text = render(notice)
    assert text == render(_notice(folder))
    assert text.endswith("}\n")
    golden = FIXTURES / folder / "notice.jsonld"
    if request.config.getoption("--update-goldens"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; refresh with --update-goldens"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SHIPPED_NOTICES)
def test_shipped_notices_convert_to_rdf_offline(name):
    result = load_notices([SHIPPED / name])
    assert not result.problems or all(p.level != "error" for p in result.problems)
    document = build_document(result.notices[0].notice)
    triples = _triples(document)
    notice = document["@id"]
    assert (notice, RDF_TYPE, DPV + "PrivacyNotice") in triples
    assert len(_objects(triples, notice, DPV + "hasProcess")) == len(
        result.notices[0].notice.purposes
    )
    assert any(p == DCT + "title" and isinstance(o, tuple) and o[1] == "nb" for s, p, o in triples)
    expanded = jsonld.expand(copy.deepcopy(document), {"documentLoader": _no_network})
    compacted = jsonld.compact(expanded, {"@context": context()}, {"documentLoader": _no_network})
    assert _terms(compacted) >= _terms(document)
