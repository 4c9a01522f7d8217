"""Cross-part checks that need the whole notice (noticekit.validate.crossrefs), placed at their YAML
node."""

from __future__ import annotations

from noticekit.load import load_source
from noticekit.validate import validate_document

TRANSFER = """transfers:
  - id: us
    countries: [US]
    recipients: [mail-provider]
    mechanisms: [A46-2-c]
"""


def _problems(text: str, write_notice) -> list[tuple[int, int, str]]:
    doc, problems = load_source(write_notice(text))
    assert problems == []
    _, problems = validate_document(doc)
    return [(p.line, p.col, p.message) for p in problems]


def test_no_transfers_contradicted_by_a_listed_transfer_is_reported_at_the_flag(
    minimal_text, write_notice
):
    text = minimal_text + "no_transfers: true\n" + TRANSFER
    assert _problems(text, write_notice) == [
        (30, 15, '"no_transfers: true" states there are no transfers, but "transfers" lists some'),
    ]


def test_no_transfers_alone_or_transfers_alone_are_valid(minimal_text, write_notice):
    assert _problems(minimal_text + "no_transfers: true\n", write_notice) == []
    assert _problems(minimal_text + "no_transfers: false\n" + TRANSFER, write_notice) == []


PURPOSE_WITH_PERIOD = """    data_categories: [contact]
    retention_periods:
      - data_categories: [{ref}]
        duration: P1Y
data_categories:
  - id: contact
    name: {{nb: Kontakt, en: Contact}}
  - id: usage
    name: {{nb: Bruk, en: Usage}}
"""


def test_a_retention_period_covers_data_of_its_own_purpose(minimal_text, write_notice):
    at = "    legal_bases: [A6-1-a]\n"
    text = minimal_text.replace(at, at + PURPOSE_WITH_PERIOD.format(ref="contact"))
    assert _problems(text, write_notice) == []
    text = minimal_text.replace(at, at + PURPOSE_WITH_PERIOD.format(ref="usage"))
    assert _problems(text, write_notice) == [
        (27, 27, 'data category "usage" is not one of the data categories of purpose "newsletter"'),
    ]
    text = minimal_text.replace(at, at + PURPOSE_WITH_PERIOD.format(ref="contakt"))
    assert _problems(text, write_notice) == [
        (27, 27, 'unknown data category "contakt" (did you mean "contact"?)'),
    ]


EXEMPTION = """    sources: [customer]
    information_exemptions:
      - {{exemption: A14-5-b, sources: [{ref}]}}
sources:
  - id: customer
    name: {{nb: Kunden, en: The customer}}
  - id: register
    name: {{nb: Registeret, en: The register}}
"""


def test_an_exemption_covers_sources_of_its_own_purpose(minimal_text, write_notice):
    at = "    legal_bases: [A6-1-a]\n"
    text = minimal_text.replace(at, at + EXEMPTION.format(ref="register"))
    assert _problems(text, write_notice) == [
        (27, 40, 'source "register" is not one of the sources of purpose "newsletter"'),
    ]


def test_a_new_purpose_names_known_original_purposes_other_than_itself(minimal_text, write_notice):
    at = "    legal_bases: [A6-1-a]\n"
    further = "    further_processing: {original_purposes: [newsletters, newsletter]}\n"
    assert _problems(minimal_text.replace(at, at + further), write_notice) == [
        (25, 46, 'unknown purpose "newsletters" (did you mean "newsletter"?)'),
        (25, 59, 'purpose "newsletter" is not a new purpose for itself'),
    ]
