"""The converse of test_completeness: every legal fact on a page or in the JSON-LD comes from the
notice.

test_completeness checks that every text of the YAML reaches the pages. These tests check the other
way: a right, a legal basis, a transfer mechanism, a country, a controller, a recipient, a transfer,
a joint arrangement, a jurisdiction, a cookie provider and a DPV category that the output states
must trace to a value in the YAML. The law's own texts, set apart and labelled as such, are not the
notice's facts and are taken out before the pages are read.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from noticekit import i18n
from noticekit.i18n.formatting import babel_locale
from noticekit.models import Notice
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.jsonld.terms import LEGAL_BASES
from noticekit.render.jsonld.terms import RIGHTS
from noticekit.render.jsonld.terms import TRANSFER_MECHANISMS
from noticekit.render.view.rights import objection_right
from noticekit.validate import load_notices

NOTICES = Path(__file__).resolve().parents[2] / "notices"
FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = sorted(path.parent.name for path in NOTICES.glob("*/notice.yaml"))
FOLDERS = {name: NOTICES / name for name in SHIPPED} | {"complete": FIXTURES / "complete"}
MARKDOWN = MarkdownIt("commonmark", {"html": False})
_TAG = re.compile(r"<[^>]+>")
#: Parts the pages label as the law's, not the notice's: law boxes and rights shown only by law.
_LAW = re.compile(
    r'<p class="law">.*?</p>|<section id="[^"]+" class="by-law".*?</section>', re.DOTALL
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("faithful") / "site"
    build(list(FOLDERS.values()), BuildOptions(out=out))
    return out


def loaded(name: str) -> tuple[Notice, Any]:
    result = load_notices([FOLDERS[name]])
    assert result.problems == []
    return result.notices[0].notice, result.notices[0].doc.data


#: Keys whose values are codes or ids, not words the notice states.
CODE_KEYS = {
    "id", "right", "status", "collection", "languages", "legal_bases", "role", "kind", "mechanisms",
    "requirement", "dpv", "country", "countries", "jurisdictions", "controllers", "purposes",
    "recipients",
    "data_subjects", "data_categories", "sources", "contact_point", "controller", "translated_from",
    "authoritative_language", "fallback_language", "suppressions",
}  # fmt: skip


def strings(data: Any, key: str | None = None) -> Iterator[str]:
    """Every string the notice states (its texts, names, addresses), not its codes and ids."""
    if key in CODE_KEYS or (
        key == "category" and isinstance(data, str)
    ):  # a cookie category is a code
        return
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for name, value in data.items():
            yield from strings(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value, key)


def countries(data: Any) -> set[str]:
    """Every country code the notice's data holds (`country`, `countries`, `jurisdictions`)."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "country" and isinstance(value, str):
                found.add(value)
            elif key in ("countries", "jurisdictions") and isinstance(value, list):
                found.update(value)
            else:
                found |= countries(value)
    elif isinstance(data, list):
        for value in data:
            found |= countries(value)
    return found


def visible(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def notice_free_text(page: str, data: Any) -> str:
    """The page's visible text without the law's labelled texts and without anything the YAML says:
    what is left is noticekit's own wording, where a legal fact may only appear if the YAML holds
    it."""
    text = visible(_LAW.sub(" ", page))
    pieces = {visible(MARKDOWN.render(value)) for value in strings(data)} | set(strings(data))
    for piece in sorted(pieces, key=len, reverse=True):
        if piece.strip():
            text = text.replace(" ".join(piece.split()), " ¦ ")
    return text


def named(text: str, names: dict[str, str]) -> set[str]:
    """The codes whose name occurs in `text` as a whole phrase (case-sensitive); a longer name is
    matched first, so that "Right to object to direct marketing" is not also "Right to object"."""
    found = set()
    for code, name in sorted(names.items(), key=lambda item: -len(item[1])):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if pattern.search(text):
            found.add(code)
            text = pattern.sub(" ¦ ", text)
    return found


def law_attached_objection_rights(notice: Notice) -> set[str]:
    return {code for purpose in notice.purposes if (code := objection_right(purpose))}


# --- the pages
# -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_every_country_on_the_pages_is_one_the_notice_gives(site, name):
    notice, data = loaded(name)
    allowed = countries(data)
    for lang in notice.languages:
        territories = {
            code: title
            for code, title in babel_locale(lang).territories.items()
            if len(code) == 2 and code.isalpha()
        }
        for page_file in ("index.html", "notice.md"):
            page = (site / notice.id / lang / page_file).read_text(encoding="utf-8")
            if page_file == "notice.md":
                page = MARKDOWN.render(page)
            found = named(notice_free_text(page, data), territories)
            assert found <= allowed, f"{name} {lang} {page_file}: {sorted(found - allowed)}"


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_every_right_basis_and_mechanism_on_the_page_is_one_the_notice_gives(site, name):
    notice, data = loaded(name)
    rights = {right.right for right in notice.rights} | law_attached_objection_rights(notice)
    bases = {code for purpose in notice.purposes for code in purpose.legal_bases}
    mechanisms = {code for transfer in notice.transfers for code in transfer.mechanisms}
    for lang in notice.languages:
        text = notice_free_text(
            (site / notice.id / lang / "index.html").read_text(encoding="utf-8"), data
        )
        right_names = {code: i18n.right_name(code, lang) for code in RIGHTS}
        basis_names = {code: i18n.legal_basis_label(code, lang) for code in LEGAL_BASES}
        mechanism_names = {code: i18n.mechanism_label(code, lang) for code in TRANSFER_MECHANISMS}
        assert named(text, right_names) <= rights, lang
        assert named(text, basis_names) <= bases, lang
        assert named(text, mechanism_names) <= mechanisms, lang


# --- the JSON-LD
# -----------------------------------------------------------------------------------


def iris(node: Any) -> Iterator[str]:
    """Every IRI and type in the document, outside the `@context`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            if key in ("@id", "@type"):
                yield from [value] if isinstance(value, str) else value
            else:
                yield from iris(value)
    elif isinstance(node, list):
        for value in node:
            yield from iris(value)


def refs(node: dict[str, Any], key: str) -> list[str]:
    values = node.get(key, [])
    values = values if isinstance(values, list) else [values]
    return [
        value["@id"].rsplit("#", 1)[1].split("-", 1)[1]
        for value in values
        if "#" in value.get("@id", "")
    ]


@pytest.fixture(scope="module")
def documents(site) -> dict[str, dict[str, Any]]:
    return {
        name: json.loads((site / loaded(name)[0].id / "notice.jsonld").read_text(encoding="utf-8"))
        for name in FOLDERS
    }


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_every_code_and_country_in_the_json_ld_is_one_the_notice_gives(documents, name):
    notice, data = loaded(name)
    bases = {f"eu-gdpr:{code}" for purpose in notice.purposes for code in purpose.legal_bases}
    mechanisms = {TRANSFER_MECHANISMS[code] for t in notice.transfers for code in t.mechanisms}
    rights = {term for right in notice.rights for term in RIGHTS[right.right]}
    allowed = bases | mechanisms | rights | {f"loc:{code}" for code in countries(data)}
    authorities = {right.authority.country for right in notice.rights if right.authority}
    for iri in iris(documents[name]):
        if iri.startswith(("eu-gdpr:A", "loc:")):
            assert iri in allowed, f"{name}: {iri}"
        elif iri.startswith("legal-"):
            assert iri.rsplit("-", 1)[1] in authorities, f"{name}: {iri}"
    jurisdictions = [ref["@id"] for ref in documents[name].get("dpv:hasJurisdiction", [])]
    assert jurisdictions == [f"loc:{code}" for code in notice.jurisdictions]


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_each_process_states_only_the_links_the_notice_makes(documents, name):
    notice, _ = loaded(name)
    nodes = {
        node["@id"].rsplit("#process-", 1)[1]: node for node in documents[name]["dpv:hasProcess"]
    }
    roles = (
        "dpv:hasRecipient",
        "dpv:hasDataProcessor",
        "dpv:hasRecipientDataController",
        "dpv:hasRecipientThirdParty",
    )
    sole = [notice.controllers[0].id] if len(notice.controllers) == 1 else []
    for purpose in notice.purposes:
        node = nodes[purpose.id]
        assert refs(node, "dpv:hasDataController") == (purpose.controllers or sole), purpose.id
        assert refs(node, "dpv:hasPersonalData") == purpose.data_categories, purpose.id
        assert refs(node, "dpv:hasDataSubject") == purpose.data_subjects, purpose.id
        assert refs(node, "dpv:hasDataSource") == purpose.sources, purpose.id
        recipients = sorted(ident for role in roles for ident in refs(node, role))
        assert recipients == sorted(purpose.recipients or []), purpose.id
        joint = [item.id for item in notice.joint_arrangements if purpose.id in item.purposes]
        assert refs(node, "dpv:hasJointDataControllers") == joint, purpose.id
        for transfer in [item for item in node.get("dpv:hasProcessing", []) if "@type" in item]:
            [source] = [
                t for t in notice.transfers if transfer["@id"].endswith(f"#transfer-{t.id}")
            ]
            assert set(source.recipients) & set(purpose.recipients or []), (purpose.id, source.id)
        types = set(node["dpv:hasPurpose"]["@type"])
        allowed = (
            set(purpose.dpv)
            | {"dpv:Purpose"}
            | ({"dpv:DirectMarketing"} if purpose.direct_marketing else set())
        )
        assert types <= allowed, purpose.id
        interests = [
            b
            for b in node.get("dpv:hasLegalBasis", [])
            if b.get("@type") == "dpv:LegitimateInterestOfController"
        ]
        assert len(interests) == (purpose.legitimate_interest is not None), purpose.id


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_parties_categories_and_providers_in_the_json_ld_come_from_the_notice(documents, name):
    notice, _ = loaded(name)
    document = documents[name]
    assert refs(document, "dpv:hasDataController") == [c.id for c in notice.controllers]
    joint = {
        node["@id"].rsplit("#joint-", 1)[1]: refs(node, "dpv:hasDataController")
        for node in document.get("dpv:hasJointDataControllers", [])
    }
    assert joint == {item.id: item.controllers for item in notice.joint_arrangements}
    categories = {
        node["@id"].rsplit("#data-", 1)[1]: set(node["@type"])
        for node in document.get("dpv:hasPersonalData", [])
    }
    for category in notice.data_categories:
        allowed = {category.dpv or "dpv:PersonalData"}
        allowed |= {"dpv:SpecialCategoryPersonalData"} if category.special_category else set()
        allowed |= {"nk:CriminalOffenceData"} if category.criminal_offence else set()
        assert categories[category.id] == allowed, category.id
    subjects = {
        node["@id"].rsplit("#subjects-", 1)[1]: node["@type"]
        for node in document.get("dpv:hasDataSubject", [])
    }
    assert subjects == {s.id: [s.dpv or "dpv:DataSubject"] for s in notice.data_subjects}
    providers = {
        node["@id"].rsplit("#cookie-", 1)[1]: node.get("nk:provider")
        for node in document.get("nk:cookie", [])
    }
    items = notice.cookies.items if notice.cookies else []
    assert providers == {item.id: item.provider for item in items}
