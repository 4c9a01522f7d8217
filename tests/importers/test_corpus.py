"""The real TILT corpus (github.com/Transparency-Information-Language/tilt-corpus), when a local
copy is named by NOTICEKIT_TILT_CORPUS: every document imports without a crash, and every one
with a controller and a purpose imports as a valid notice. The corpus is not part of this
repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from noticekit.importers.tilt import default_id
from noticekit.importers.tilt import import_document
from noticekit.importers.tilt import language_of
from noticekit.importers.tilt import read_document

CORPUS = os.environ.get("NOTICEKIT_TILT_CORPUS")


@pytest.mark.skipif(
    not CORPUS, reason="NOTICEKIT_TILT_CORPUS names no local copy of the TILT corpus"
)
def test_every_corpus_document_imports_and_those_with_a_controller_and_a_purpose_validate():
    documents = sorted(Path(CORPUS).rglob("*.tilt.json"))
    assert documents, f"no *.tilt.json under {CORPUS}"
    valid, complete = [], []
    for path in documents:
        document = read_document(path)
        result = import_document(document, default_id(document), language_of(document, None), [])
        if result.record.data.get("controllers") and result.record.data.get("purposes"):
            complete.append(path.name)
        if not result.problems:
            valid.append(path.name)
    print(f"\n{len(valid)} of {len(documents)} TILT documents import as valid notices")
    assert valid == complete, sorted(set(complete) ^ set(valid))
