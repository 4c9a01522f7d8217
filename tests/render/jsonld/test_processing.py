"""JSON-LD of what is processed, as RDF triples: transfers, recipients and purposes' own facts.

Built from the fictional complete notice `notices/example`; every IRI asserted is a DPV 2.3 term.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from noticekit.render.jsonld.document import build_document
from noticekit.validate import load_notices

EXAMPLE = Path(__file__).resolve().parents[3] / "notices" / "example"
BASE = "https://example.no/personvern"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DPV = "https://w3id.org/dpv#"
GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
NK = "https://w3id.org/noticekit/vocab#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _no_network(url: str, options: dict | None = None) -> Any:
    raise AssertionError(f"the JSON-LD processor tried to fetch {url!r}")


def triples_of(document: dict[str, Any]) -> set[tuple[str, str, Any]]:
    dataset = jsonld.to_rdf(copy.deepcopy(document), {"documentLoader": _no_network})
    found = set()
    for quad in dataset["@default"]:
        obj = quad["object"]
        value = (
            (obj["value"], obj.get("language") or obj["datatype"])
            if obj["type"] == "literal"
            else obj["value"]
        )
        found.add((quad["subject"]["value"], quad["predicate"]["value"], value))
    return found


def objects(triples: set, subject: str, predicate: str) -> set:
    return {o for s, p, o in triples if s == subject and p == predicate}


def typed(triples: set, subjects: set, kind: str) -> set:
    return {s for s in subjects if (s, RDF_TYPE, kind) in triples}


@pytest.fixture(scope="module")
def example() -> set[tuple[str, str, Any]]:
    result = load_notices([EXAMPLE])
    assert not result.problems
    return triples_of(build_document(result.notices[0].notice))


def test_each_mechanism_of_a_transfer_is_a_legal_basis(example):
    transfer = f"{BASE}#transfer-us-hosting"
    assert objects(example, transfer, DPV + "hasLegalBasis") == {GDPR + "A45-3", GDPR + "A46-2-c"}


def test_compelling_interests_justify_the_a49_2_transfer(example):
    transfer = f"{BASE}#transfer-battery-analysis"
    bases = objects(example, transfer, DPV + "hasLegalBasis")
    assert GDPR + "A49-2" in bases
    [interest] = typed(example, bases, DPV + "LegitimateInterestOfController")
    [justification] = objects(example, interest, DPV + "hasJustification")
    assert (justification, RDF_TYPE, DPV + "Justification") in example
    descriptions = objects(example, justification, DCT + "description")
    assert any(
        lang == "en" and text.startswith("A home battery that catches fire")
        for text, lang in descriptions
    )


def test_an_international_organisation_is_an_importer_with_its_names(example):
    transfer = f"{BASE}#transfer-research"
    importers = objects(example, transfer, DPV + "hasDataImporter")
    assert f"{BASE}#recipient-research-org" in importers
    [organisation] = typed(example, importers, GDPR + "InternationalOrganisation")
    assert (
        organisation,
        SKOS + "prefLabel",
        ("Example Organisation for International Energy Research", "nb"),
    ) in example
    assert not objects(example, transfer, DPV + "hasThirdCountry")


def test_a_recipients_address_is_one_line(example):
    assert (
        f"{BASE}#recipient-battery-maker",
        DPV + "hasAddress",
        ("1 Example Road, 000001 Singapore, SG", XSD + "string"),
    ) in example


def test_no_transfers_is_stated_only_when_the_notice_says_so(example, minimal_text, write_notice):
    assert not [t for t in example if t[1] == NK + "noTransfers"]
    result = load_notices([write_notice(minimal_text + "no_transfers: true\n")])
    triples = triples_of(build_document(result.notices[0].notice))
    assert ("urn:noticekit:minimal", NK + "noTransfers", ("true", XSD + "boolean")) in triples


def test_the_art_10_ground_is_one_more_legal_basis_with_its_law(example):
    bases = objects(example, f"{BASE}#process-theft-reporting", DPV + "hasLegalBasis")
    [ground] = typed(example, bases, NK + "CriminalOffenceDataCondition")
    assert (ground, RDF_TYPE, DPV + "LegalBasis") in example
    [law] = objects(example, ground, DPV + "hasApplicableLaw")
    assert (law, RDF_TYPE, DPV + "Law") in example
    assert any(
        text.startswith("Eksempelloven § 4") and lang == "nb"
        for text, lang in objects(example, law, DCT + "description")
    )


def test_a_purposes_duty_to_provide_data_is_on_its_process(example):
    process = f"{BASE}#process-recruitment"
    assert (process, DPV + "hasNecessity", DPV + "Required") in example
    assert (process, NK + "requirement", NK + "PreContractualRequirement") in example
    consequence = ("Without the application data we do not assess your application.", "en")
    assert (process, NK + "consequence", consequence) in example


def test_a_further_retention_period_is_a_sub_process_with_its_data(example):
    [period] = objects(example, f"{BASE}#process-smart-home-app", DPV + "hasProcess")
    assert (period, RDF_TYPE, DPV + "Process") in example
    assert objects(example, period, DPV + "hasPersonalData") == {f"{BASE}#data-app-usage"}
    [storage] = objects(example, period, DPV + "hasStorageCondition")
    durations = objects(example, storage, DPV + "hasDuration")
    [fixed] = typed(example, durations, DPV + "TemporalDuration")
    assert (
        fixed,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#value",
        ("P13M", XSD + "duration"),
    ) in example
    [conditional] = objects(example, f"{BASE}#process-recruitment", DPV + "hasProcess")
    condition = ("If you ask us to keep your application for later positions", "en")
    assert (conditional, DCT + "description", condition) in example


def test_a_purposes_automated_decisions_carry_their_logic(example):
    process = f"{BASE}#process-credit-check"
    [logic] = objects(example, process, DPV + "hasAlgorithmicLogic")
    assert (logic, RDF_TYPE, DPV + "AlgorithmicLogic") in example
    significance = (
        "The assessment decides whether you get an electricity contract without a deposit.",
        "en",
    )
    assert (process, NK + "significance", significance) in example


def test_exemptions_are_justifications_typed_by_their_dpv_terms(example):
    process = f"{BASE}#process-customer-contract"
    justifications = objects(example, process, DPV + "hasJustification")
    [effort] = typed(example, justifications, GDPR + "JustificationA14DisproportionateEffort")
    assert (effort, RDF_TYPE, NK + "ImpossibleOrDisproportionateInformation") in example
    assert objects(example, effort, DPV + "hasDataSource") == {f"{BASE}#source-business-register"}
    [measure] = objects(example, effort, DPV + "hasOrganisationalMeasure")
    assert (measure, RDF_TYPE, DPV + "OrganisationalMeasure") in example
    [exempted] = typed(example, justifications, GDPR + "JustificationA14LegallyExempted")
    [law] = objects(example, exempted, DPV + "hasApplicableLaw")
    assert (law, RDF_TYPE, DPV + "Law") in example


def test_a_new_purpose_refers_to_its_original_processes_and_start(example):
    process = f"{BASE}#process-tariff-development"
    assert (process, NK + "furtherProcessing", ("true", XSD + "boolean")) in example
    assert objects(example, process, NK + "furtherProcessingOf") == {
        f"{BASE}#process-customer-contract"
    }
    assert (process, NK + "furtherProcessingStarts", ("2026-11-01", XSD + "date")) in example
    [assessment] = objects(example, process, DPV + "hasAssessment")
    assert (assessment, RDF_TYPE, GDPR + "PurposeCompatibilityAssessment") in example


def _keys(value: Any, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            _keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _keys(item, found)
    return found


def test_no_term_of_the_example_is_dropped_on_expansion():
    """Every property the new parts write is in the shipped context or a prefixed IRI."""
    result = load_notices([EXAMPLE])
    document = build_document(result.notices[0].notice)
    options = {"documentLoader": _no_network}
    expanded = jsonld.expand(copy.deepcopy(document), options)
    compacted = jsonld.compact(expanded, {"@context": document["@context"]}, options)
    assert _keys(document, set()) - {"@context"} <= _keys(compacted, set())
