"""What was added after a signature (desktop/signing/changes.py): the paths
to an object of the signed revision, found on demand, are exactly the ones
pyHanko's own full map gives; the policy with them judges every change as
pyHanko's default policy does (an added page, a page's content rewritten
before or after the agency's signature, a shared font changed, an object
written again unchanged); and `verify` still reports each change."""

from __future__ import annotations

import io

import pytest

from desktop.signing.changes import RevisionUsages, diff_policy
from desktop.signing.credentials import open_p12
from desktop.signing.sign import sign_pdf
from desktop.signing.verify import STATE_ALTERED, STATE_VALID, verify_bytes, verify_pdf
from tests.signing_fixtures import PIN, make_pki, make_report_pdf


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The report signed by the person; that copy with a page's content
    rewritten; then each signed by the agency on top."""
    folder = tmp_path_factory.mktemp("changes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki = make_pki(folder / "pki")
        report = make_report_pdf(folder)
        with open_p12(pki.person_p12, PIN) as c:
            person = sign_pdf(report, folder / "ky-1.pdf", "ca-nhan", c, image=pki.signature_png)
        edited = _changed(person.out, folder / "ky-1-sua.pdf", _rewrite_content)
        with open_p12(pki.agency_p12, PIN) as c:
            agency = sign_pdf(person.out, folder / "ky-2.pdf", "co-quan", c, image=pki.seal_png)
            over_edit = sign_pdf(
                edited, folder / "ky-2-tren-ban-sua.pdf", "co-quan", c, image=pki.seal_png
            )
    return {
        "folder": folder,
        "pki": pki,
        "person": person.out,
        "agency": agency.out,
        "edited_then_agency": over_edit.out,
    }


def _reader(path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)


def _changed(src, out, change):
    """A copy of `src` with `change` made to it as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    buf = io.BytesIO(src.read_bytes())
    w = IncrementalPdfFileWriter(buf, strict=False)
    change(w)
    w.write_in_place()
    out.write_bytes(buf.getvalue())
    return out


def _add_page(w):
    from pyhanko.pdf_utils import generic

    content = w.add_object(generic.StreamObject(stream_data=b"BT 72 720 Td (Trang them) Tj ET"))
    page = generic.DictionaryObject(
        {
            "/Type": generic.NameObject("/Page"),
            "/MediaBox": generic.ArrayObject(generic.NumberObject(n) for n in (0, 0, 595, 842)),
            "/Resources": generic.DictionaryObject(),
            "/Contents": content,
        }
    )
    w.insert_page(page)


def _rewrite_content(w):
    from pyhanko.pdf_utils import generic

    page_ref, _ = w.find_page_for_modification(0)
    page = page_ref.get_object()
    page["/Contents"] = w.add_object(generic.StreamObject(stream_data=b"BT (Da sua) Tj ET"))
    w.update_container(page)


def _change_shared_font(w):
    from pyhanko.pdf_utils import generic

    page = w.find_page_for_modification(0)[0].get_object()
    fonts = page["/Resources"].raw_get("/Font")
    assert isinstance(fonts, generic.IndirectObject)  # one font dictionary for every page
    table = fonts.get_object()
    first = next(iter(table))
    table[generic.NameObject("/Fx")] = table.raw_get(first)
    w.mark_update(fonts)


def _rewrite_unchanged(w):
    page_ref, _ = w.find_page_for_modification(0)
    w.mark_update(page_ref)


def _review(path, policy):
    """What `policy` says of every revision after the first signature."""
    reader = _reader(path)
    sig = reader.embedded_regular_signatures[0]
    result = policy.review_file(reader, sig.signed_revision)
    level = getattr(result, "modification_level", None)
    return type(result).__name__, level, sorted(getattr(result, "changed_form_fields", ()))


def test_the_paths_found_on_demand_are_those_of_pyhankos_full_map(files, tmp_path):
    from pyhanko.pdf_utils.generic import Reference

    page_added = _changed(files["agency"], tmp_path / "them-trang.pdf", _add_page)
    for path in (files["agency"], files["edited_then_agency"], page_added):
        revisions = _reader(path).xrefs.total_revisions
        for revision in range(revisions - 1):
            full = _reader(path).get_historical_resolver(revision)
            full._load_reverse_xref_cache()
            expected = full._indirect_object_access_cache
            assert len(expected) > 20  # the catalog, the pages, their contents, fonts...
            usages = RevisionUsages(_reader(path).get_historical_resolver(revision))
            for ref, paths in expected.items():
                assert usages[ref] == paths, (path.name, revision, ref)
            # An object the revision does not reach is reached by no path.
            assert usages[Reference(10**6)] == set()


@pytest.mark.parametrize(
    "change",
    [_add_page, _rewrite_content, _change_shared_font, _rewrite_unchanged],
    ids=["page-added", "content-rewritten", "shared-font-changed", "rewritten-unchanged"],
)
def test_each_change_after_the_agency_is_judged_as_by_pyhankos_default_policy(
    files, tmp_path, change
):
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY

    changed = _changed(files["agency"], tmp_path / "sua.pdf", change)
    ours, default = _review(changed, diff_policy()), _review(changed, DEFAULT_DIFF_POLICY)
    assert ours == default
    if change is _rewrite_unchanged:
        assert ours[0] == "DiffResult"  # the same object written again changes nothing
    else:
        assert ours[0] == "SuspiciousModification"


def test_the_agency_signature_alone_is_judged_as_by_the_default_policy(files):
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel

    ours = _review(files["agency"], diff_policy())
    assert ours == _review(files["agency"], DEFAULT_DIFF_POLICY)
    assert ours[:2] == ("DiffResult", ModificationLevel.FORM_FILLING)
    suspicious = _review(files["edited_then_agency"], diff_policy())
    assert suspicious == _review(files["edited_then_agency"], DEFAULT_DIFF_POLICY)
    assert suspicious[0] == "SuspiciousModification"


def test_a_page_added_after_the_agency_signature_is_reported(files, tmp_path):
    changed = _changed(files["agency"], tmp_path / "them-trang.pdf", _add_page)
    verdict = verify_pdf(changed, [files["pki"].root_pem])
    person, agency = verdict.signatures
    assert person.intact and agency.intact
    assert not agency.whole_file and agency.altered_after
    assert "nội dung bị thay đổi" in agency.added_after
    assert person.altered_after
    assert verdict.state == STATE_ALTERED


def test_a_shared_font_changed_after_signing_is_reported(files, tmp_path):
    changed = _changed(files["agency"], tmp_path / "sua-phong.pdf", _change_shared_font)
    verdict = verify_pdf(changed, [files["pki"].root_pem])
    assert all(s.altered_after for s in verdict.signatures)
    assert verdict.state == STATE_ALTERED


def test_a_change_between_the_two_signatures_breaks_only_the_persons(files):
    verdict = verify_pdf(files["edited_then_agency"], [files["pki"].root_pem])
    person, agency = verdict.signatures
    assert person.intact and person.altered_after
    assert "nội dung bị thay đổi" in person.added_after
    assert agency.state == STATE_VALID and agency.whole_file
    assert verdict.state == STATE_ALTERED


def test_verify_uses_the_paths_found_on_demand(files, monkeypatch):
    """If pyHanko stopped reading its map where the policy puts it, verify
    would silently fall back to the slow full map (or, were the map taken for
    empty, find no paths at all): this says so."""
    from pyhanko.pdf_utils.reader import HistoricalResolver

    seen = []
    real = HistoricalResolver._get_usages_of_ref

    def spy(self, ref):
        paths = real(self, ref)
        seen.append((type(self._indirect_object_access_cache), bool(paths)))
        return paths

    monkeypatch.setattr(HistoricalResolver, "_get_usages_of_ref", spy)
    from desktop.signing.verify import trusted_roots

    verdict = verify_bytes(files["agency"].read_bytes(), trusted_roots([files["pki"].root_pem]))
    assert verdict.state == STATE_VALID
    assert {kind for kind, _ in seen} == {RevisionUsages}
    # The page the agency's signature went on, rewritten, is reached from the page tree.
    assert any(found for _, found in seen)
