"""Realistic synthetic notices for the benchmark: seeded, valid, three languages, shaped like the
seed notices."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("nb", "en", "sv")

#: Filler words per language, for sentences of realistic length.
_SENTENCES = {
    "nb": (
        "vi behandler opplysninger om deg for å kunne levere tjenesten sikre systemene følge "
        "loven og gi deg god kundeservice når du kontakter oss eller bruker nettstedet appen "
        "og portalen vår"
    ),
    "en": (
        "we process information about you to deliver the service secure our systems comply "
        "with the law and give you good customer service when you contact us or use our "
        "website app and portal"
    ),
    "sv": (
        "vi behandlar uppgifter om dig för att kunna leverera tjänsten säkra systemen följa "
        "lagen och ge dig bra kundservice när du kontaktar oss eller använder vår webbplats "
        "app och portal"
    ),
}
WORDS = {lang: sentence.split() for lang, sentence in _SENTENCES.items()}

#: (id, dpv term, legal bases, names by language).
PURPOSES = [
    ("newsletter", "dpv:DirectMarketing", ["A6-1-a"], ("Nyhetsbrev", "Newsletters", "Nyhetsbrev")),
    (
        "customer-service",
        "dpv:CustomerCare",
        ["A6-1-b"],
        ("Kundeservice", "Customer service", "Kundtjänst"),
    ),
    (
        "deliver-services",
        "dpv:ServiceProvision",
        ["A6-1-b"],
        ("Levere tjenester", "Deliver services", "Leverera tjänster"),
    ),
    ("security", "dpv:EnforceSecurity", ["A6-1-f"], ("Sikkerhet", "Security", "Säkerhet")),
    ("bookkeeping", "dpv:LegalCompliance", ["A6-1-c"], ("Regnskap", "Bookkeeping", "Bokföring")),
    (
        "statistics",
        "dpv:ServiceUsageAnalytics",
        ["A6-1-f"],
        ("Statistikk", "Statistics", "Statistik"),
    ),
    (
        "recruitment",
        "dpv:RecruitmentManagement",
        ["A6-1-b", "A6-1-f"],
        ("Rekruttering", "Recruitment", "Rekrytering"),
    ),
    ("events", "dpv:CommunicationManagement", ["A6-1-a"], ("Arrangementer", "Events", "Evenemang")),
    (
        "fraud",
        "dpv:FraudPreventionAndDetection",
        ["A6-1-f"],
        ("Svindel", "Fraud prevention", "Bedrägeri"),
    ),
    (
        "improve",
        "dpv:ServiceOptimisation",
        ["A6-1-f"],
        ("Forbedring", "Improving services", "Förbättring"),
    ),
    (
        "claims",
        "dpv:DisputeManagement",
        ["A6-1-f"],
        ("Rettskrav", "Legal claims", "Rättsliga anspråk"),
    ),
    (
        "accounts",
        "dpv:AccountManagement",
        ["A6-1-b"],
        ("Brukerkonto", "User accounts", "Användarkonto"),
    ),
]

DATA = [
    ("name", "pd:Name", ("Navn", "Name", "Namn")),
    ("email", "pd:EmailAddress", ("E-postadresse", "E-mail address", "E-postadress")),
    ("phone", "pd:TelephoneNumber", ("Telefonnummer", "Phone number", "Telefonnummer")),
    ("address", "pd:PhysicalAddress", ("Adresse", "Postal address", "Adress")),
    ("ip", "pd:IPAddress", ("IP-adresse", "IP address", "IP-adress")),
    ("browsing", "pd:BrowsingBehaviour", ("Nettleseratferd", "Browsing behaviour", "Surfbeteende")),
    ("purchases", "pd:Purchase", ("Kjøp", "Purchases", "Köp")),
    (
        "payment",
        "pd:BankAccount",
        ("Betalingsopplysninger", "Payment details", "Betalningsuppgifter"),
    ),
]

RECIPIENTS = [
    ("it-providers", "processor", ("IT-leverandører", "IT providers", "IT-leverantörer")),
    ("mail-service", "processor", ("E-posttjeneste", "E-mail service", "E-posttjänst")),
    ("group", "group-company", ("Konsernselskaper", "Group companies", "Koncernbolag")),
    ("auditors", "third-party", ("Revisorer", "Auditors", "Revisorer")),
    ("authorities", "authority", ("Offentlige myndigheter", "Public authorities", "Myndigheter")),
]

RIGHTS = ["A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"]


def sentence(rng: random.Random, lang: str, words: int) -> str:
    """A sentence of `words` filler words, capitalised, with a full stop."""
    text = " ".join(rng.choice(WORDS[lang]) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def texts(rng: random.Random, sentences: int = 2, words: int = 14) -> dict[str, str]:
    """A localized text of a few sentences in every benchmark language."""
    return {
        lang: " ".join(sentence(rng, lang, words) for _ in range(sentences)) for lang in LANGUAGES
    }


def names(triple: tuple[str, str, str]) -> dict[str, str]:
    """A localized name from its (nb, en, sv) spellings."""
    return dict(zip(LANGUAGES, triple, strict=True))


def notice(index: int, rng: random.Random) -> dict[str, Any]:
    """One synthetic notice: 2 controllers, 8 data categories, 6-12 purposes, 5 recipients, a
    transfer, 8 rights."""
    ident = f"org-{index:04d}"
    purposes = rng.sample(PURPOSES, rng.randint(6, 12))
    return {
        "id": ident,
        "title": {"nb": "Personvernerklæring", "en": "Privacy notice", "sv": "Integritetspolicy"},
        "version": f"{rng.randint(1, 5)}.{rng.randint(0, 9)}",
        "effective_date": dt.date(2025, rng.randint(1, 12), 1),
        "languages": list(LANGUAGES),
        "collection": ["direct", "indirect"],
        "canonical_url": f"https://{ident}.example/personvern",
        "jurisdictions": ["NO"],
        "introduction": texts(rng, 3),
        "scope": {"covers": texts(rng, 2), "excludes": texts(rng, 1)},
        "controllers": [
            _controller(f"{ident}-as", "NO", rng),
            _controller(f"{ident}-ab", "SE", rng),
        ],
        "joint_arrangements": [
            {
                "id": "group",
                "controllers": [f"{ident}-as", f"{ident}-ab"],
                "purposes": [spec[0] for spec in purposes],
                "essence": texts(rng, 2),
                "rights_against_each": texts(rng, 1),
            }
        ],
        "dpo": {"appointed": True, "email": f"dpo@{ident}.example"},
        "data_subjects": [
            {
                "id": "customers",
                "name": names(("Kunder", "Customers", "Kunder")),
                "dpv": "dpv:Customer",
            },
            {
                "id": "visitors",
                "name": names(("Besøkende", "Visitors", "Besökare")),
                "dpv": "dpv:Visitor",
            },
        ],
        "data_categories": [
            {"id": i, "name": names(n), "dpv": t, "description": texts(rng, 1, 10)}
            for i, t, n in DATA
        ],
        "sources": [
            {"id": "you", "name": names(("Deg", "You", "Dig")), "kind": "data-subject"},
            {
                "id": "partners",
                "name": names(("Partnere", "Partners", "Partner")),
                "kind": "third-party",
            },
        ],
        "purposes": [_purpose(p, rng) for p in purposes],
        "recipients": [
            {"id": i, "category": names(n), "role": role, "description": texts(rng, 1)}
            for i, role, n in RECIPIENTS
        ],
        "transfers": [
            {
                "id": "usa",
                "countries": ["US"],
                "recipients": ["it-providers"],
                "mechanisms": ["A46-2-c"],
                "safeguards_url": f"https://{ident}.example/scc",
                "safeguards_copy": texts(rng, 1),
            },
        ],
        "rights": [
            {"right": code, "description": texts(rng, 1), "how_to_exercise": texts(rng, 1)}
            | ({"authority": {"name": "Datatilsynet", "country": "NO"}} if code == "A77" else {})
            for code in RIGHTS
        ],
        "contact_points": [
            {
                "id": "privacy",
                "name": names(("Personvern", "Privacy", "Integritet")),
                "email": f"privacy@{ident}.example",
            }
        ],
        "security": [texts(rng, 1) for _ in range(3)],
    }


def _controller(ident: str, country: str, rng: random.Random) -> dict[str, Any]:
    return {
        "id": ident,
        "legal_name": ident.upper().replace("-", " "),
        "registration_number": " ".join(
            str(number)
            for number in (rng.randint(900, 999), rng.randint(100, 999), rng.randint(100, 999))
        ),
        "country": country,
        "address": {
            "lines": [f"Storgata {rng.randint(1, 99)}"],
            "postal_code": "0155",
            "city": "Oslo",
            "country": country,
        },
        "email": f"post@{ident}.example",
        "responsibility": texts(rng, 2),
    }


def _purpose(spec: tuple, rng: random.Random) -> dict[str, Any]:
    ident, term, bases, name = spec
    purpose = {
        "id": ident,
        "name": names(name),
        "description": texts(rng, 4),
        "dpv": [term],
        "data_subjects": ["customers"],
        "data_categories": [d[0] for d in rng.sample(DATA, rng.randint(2, 5))],
        "sources": ["you"],
        "recipients": [r[0] for r in rng.sample(RECIPIENTS, rng.randint(1, 3))],
        "legal_bases": bases,
        "retention": {"duration": f"P{rng.randint(1, 10)}Y", "criteria": texts(rng, 1)},
    }
    if "A6-1-f" in bases:
        purpose["legitimate_interest"] = texts(rng, 2)
    return purpose


def write_notices(count: int, root: Path, seed: int = 1) -> list[dict[str, Any]]:
    """Write `count` notices as `root/<id>/notice.yaml`; returns them as data."""
    rng = random.Random(seed)
    notices = [notice(index, rng) for index in range(count)]
    for data in notices:
        folder = root / data["id"]
        folder.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        (folder / "notice.yaml").write_text(text, encoding="utf-8")
    return notices
