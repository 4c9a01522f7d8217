"""The JSON-LD of one archived version: the notice as it stood, named as a version of the notice.

Dublin Core terms (DCMI Metadata Terms; DPV has no terms for versions of a notice): the version
`dct:isVersionOf` the notice ("a related resource of which the described resource is a version"),
`dct:replaces` the version before it ("supplanted, displaced, or superseded by the described
resource") and `dct:isReplacedBy` the one after it. Its `@id` is the version's own identifier,
`urn:noticekit:<id>:version:<version>`, stable so that a consent record can cite it. Its version
number and effective date are those the notice's JSON-LD always gives (`dct:hasVersion`,
`dct:issued`, `dct:valid`).
"""

from __future__ import annotations

from noticekit.history.archive import ArchivedVersion
from noticekit.history.archive import NoticeArchive
from noticekit.render.jsonld.document import build_document
from noticekit.render.jsonld.dump import dumps


def version_document(archive: NoticeArchive, entry: ArchivedVersion) -> str:
    """The version's JSON-LD document, as text (deterministic, like all noticekit's JSON-LD)."""
    assert entry.published.notice is not None
    document = build_document(entry.published.notice)
    document["@id"] = entry.iri
    document["dct:isVersionOf"] = {"@id": archive.work_iri}
    if entry.previous is not None:
        document["dct:replaces"] = {"@id": entry.previous.iri}
    if entry.following is not None:
        document["dct:isReplacedBy"] = {"@id": entry.following.iri}
    return dumps(document) + "\n"
