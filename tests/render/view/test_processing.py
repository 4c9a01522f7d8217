"""View data and pages for what is processed: transfers, recipients and purposes' own facts.

Built from the fictional complete notice `notices/example`, and from small variants of the minimal
fixture notice where a fact must be present or absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

EXAMPLE = Path(__file__).resolve().parents[3] / "notices" / "example"


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example") / "site"
    build([EXAMPLE], BuildOptions(out=out))
    return out / "example"


def section(html: str, anchor: str) -> str:
    """The HTML of `<section id="anchor">` up to the next section of the same kind."""
    start = html.index(f'<section id="{anchor}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def built(minimal_text, write_notice, tmp_path):
    """Build the minimal notice with `extra` YAML appended; return (html, markdown) in English."""

    def run(extra: str) -> tuple[str, str]:
        write_notice(minimal_text + extra)
        out = tmp_path / "site"
        build([tmp_path / "notices"], BuildOptions(out=out))
        page = out / "minimal" / "en"
        return (page / "index.html").read_text(encoding="utf-8"), (page / "notice.md").read_text(
            encoding="utf-8"
        )

    return run


NONE_STATED = "No transfers to countries outside the EU/EEA or to international organisations."


def test_no_transfers_is_stated_and_silence_is_not_stated(built):
    html, markdown = built("no_transfers: true\n")
    assert NONE_STATED in section(html, "transfers") and NONE_STATED in markdown
    assert "Not stated in this notice" not in section(html, "transfers")
    html, markdown = built("")
    assert NONE_STATED not in html and NONE_STATED not in markdown
    assert "Not stated in this notice" in section(html, "transfers")


def test_several_mechanisms_are_each_shown_with_their_citation(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    hosting = section(html, "transfer-us-hosting")
    assert "<dt>Transfer mechanisms</dt>" in hosting
    assert "(GDPR Art. 45(3))" in hosting and "(GDPR Art. 46(2)(c))" in hosting
    markdown = (example_site / "en" / "notice.md").read_text(encoding="utf-8")
    assert "- **Transfer mechanisms**:\n  - **Adequacy decision** (GDPR Art. 45(3))." in markdown
    assert (
        "\n  - **Standard contractual clauses of the European Commission** (GDPR Art. 46(2)(c))."
        in markdown
    )
    assert (
        "- **Transfer mechanism**: **Adequacy decision** (GDPR Art. 45(3))." in markdown
    )  # ch-app: one


def test_an_a49_2_transfer_shows_its_compelling_interests(example_site: Path):
    html = (example_site / "nb" / "index.html").read_text(encoding="utf-8")
    analysis = section(html, "transfer-battery-analysis")
    assert "<dt>Tvingende berettigede interesser som forfølges</dt>" in analysis
    assert "Et hjemmebatteri som tar fyr, setter liv og hjem i fare." in analysis
    assert "personvernforordningen artikkel 49 nr. 1 annet ledd" in analysis
    markdown = (example_site / "sv" / "notice.md").read_text(encoding="utf-8")
    assert (
        "- **Tvingande berättigade intressen som eftersträvas**: Ett hembatteri som börjar brinna"
        in markdown
    )


def test_an_international_organisation_is_named_instead_of_a_country(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    research = section(html, "transfer-research")
    assert (
        "<dt>International organisations</dt>\n"
        "<dd>Example Organisation for International Energy Research</dd>" in research
    )
    assert "<dt>Countries</dt>" not in research
    markdown = (example_site / "nb" / "notice.md").read_text(encoding="utf-8")
    assert (
        "- **Internasjonale organisasjoner**: "
        "Example Organisation for International Energy Research" in markdown
    )


def test_a_recipient_shows_its_postal_address(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    maker = section(html, "recipient-battery-maker")
    assert (
        "<dt>Address</dt>\n<dd><address>1 Example Road<br>000001 Singapore<br>Singapore</address>"
        in maker
    )
    markdown = (example_site / "en" / "notice.md").read_text(encoding="utf-8")
    assert "- **Address**: 1 Example Road, 000001 Singapore, Singapore" in markdown


def test_the_art_10_ground_is_shown_apart_from_the_art_6_3_law(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    theft = section(html, "purpose-theft-reporting")
    assert (
        '<p class="label">Data on criminal convictions and offences '
        '<span class="code">(GDPR Art. 10)</span></p>\n<p class="label">Law</p>\n'
        "<p>Eksempelloven § 4, an invented act in this example."
    ) in theft
    markdown = (example_site / "nb" / "notice.md").read_text(encoding="utf-8")
    assert (
        "  - **Opplysninger om straffedommer og lovovertredelser** "
        "(personvernforordningen artikkel 10):\n    - **Lov**: Eksempelloven § 4"
    ) in markdown


def test_a_purposes_own_duty_to_provide_the_data(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    recruitment = section(html, "purpose-recruitment")
    assert (
        "<dt>Duty to provide the data</dt>\n"
        "<dd><p>Required to enter into a contract · Required</p>"
        '<p class="label">Consequence if not provided</p>'
        "<p>Without the application data we do not assess your application.</p></dd>"
    ) in recruitment
    markdown = (example_site / "sv" / "notice.md").read_text(encoding="utf-8")
    assert "- **Skyldighet att tillhandahålla uppgifterna**: " in markdown
    assert "  - **Följd om uppgifterna inte lämnas**: Utan ansökningsuppgifterna" in markdown


def test_further_retention_periods_name_their_data_or_condition(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    app = section(html, "purpose-smart-home-app")
    assert (
        '<dl class="retention-periods">\n<dt><a href="#data-app-usage">App data</a></dt>\n'
        "<dd><p>13 months</p><p>after the data was recorded</p>"
        "<p>With 13 months the app compares your use with the same month the year before.</p></dd>"
    ) in app
    markdown = (example_site / "en" / "notice.md").read_text(encoding="utf-8")
    assert (
        "- **Retention**: 6 months; after the position is filled\n"
        "  - If you ask us to keep your application for later positions: "
        "1 year; after the position is filled\n"
    ) in markdown
    app_data = "  - [App data](#data-app-usage): 13 months; after the data was recorded; With"
    assert app_data in markdown


def test_a_purposes_automated_decisions_are_explained_under_it(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    credit = section(html, "purpose-credit-check")
    for heading in ("Logic involved", "Significance", "Envisaged consequences", "Safeguards"):
        assert f"<dt>{heading}</dt>" in credit
    assert "If the score is below 300 out of 1000, the system requires a deposit." in credit
    markdown = (example_site / "nb" / "notice.md").read_text(encoding="utf-8")
    assert "  - **Den underliggende logikken**: Systemet henter en kredittscore" in markdown


def test_an_exemption_shows_its_case_ground_sources_and_measures_or_law(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    contract = section(html, "purpose-customer-contract")
    assert contract.count("<dt>Exemption from informing each person</dt>") == 2
    assert (
        '<span class="code">(GDPR Art. 14(5)(b))</span>. '
        "Informing each person would involve a disproportionate effort.</p>\n"
        '<p><span class="label">Applies to:</span> '
        '<a href="#source-business-register">'
    ) in contract
    assert '<p class="label">Measures to protect your rights</p>' in contract
    assert "Obtaining or disclosing the data is expressly laid down by law" in contract
    markdown = (example_site / "sv" / "notice.md").read_text(encoding="utf-8")
    assert "- **Undantag från skyldigheten att informera var och en**: **Erhållande" in markdown
    assert "  - **Lag**: Eksempelloven § 7, en påhittad lag i detta exempel." in markdown


def test_a_new_purpose_links_the_purposes_its_data_was_collected_for(example_site: Path):
    html = (example_site / "en" / "index.html").read_text(encoding="utf-8")
    tariffs = section(html, "purpose-tariff-development")
    assert (
        "<dt>Further processing for a new purpose</dt>\n"
        '<dd><p><span class="label">Collected for:</span> '
        '<a href="#purpose-customer-contract">Supplying power and serving you as a customer</a></p>'
        '<p><span class="label">Starts on:</span> <time datetime="2026-11-01">'
    ) in tariffs
    markdown = (example_site / "nb" / "notice.md").read_text(encoding="utf-8")
    assert (
        "- **Viderebehandling for et nytt formål**:\n"
        "  - **Samlet inn for**: "
        "[Levere strøm og følge opp kundeforholdet](#purpose-customer-contract)\n"
        "  - **Starter**: 1. november 2026\n"
        "  - **Hvorfor det nye formålet er forenlig med det opprinnelige**: Det nye formålet"
    ) in markdown
