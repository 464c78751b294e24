"""What was added to a signed PDF after a signature: pyHanko's difference
analysis with its own rules (its default policy), fed the paths to an object
of the signed revision only for the objects the rules ask about.

pyHanko's standard policy first maps every path from the trailer to every
object of the signed revision, so that an object the later update rewrote is
cleared only when every place it is used from is. That map follows each path
separately: every page leads again into the shared font resources, so a
report of 2,000 pages makes more than a million steps, though the rules then
ask about a dozen objects (those the update rewrote, the form fields and
their appearances). Here the signed revision's objects are read once to know
which object mentions which; the paths to an object asked about are then
followed only through the objects that can lead to it, under the same rules
as pyHanko's map (no /Parent, a page only through its place in the page tree,
the structure tree only from /StructTreeRoot /K): the same paths, found
without walking the rest of the file.
"""

from __future__ import annotations

from collections import defaultdict

_TRAILER = None  # the owner of the references found in the trailer itself
_STRUCT_ROOT_PATH = ("/Root", "/StructTreeRoot")


def _page_tree(old) -> dict:
    """Each page tree node of the revision and its path through the tree."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.misc import PdfReadError

    pages_ref = old.root.raw_get("/Pages")
    top = ("/Root", "/Pages")
    nodes = {}
    if isinstance(pages_ref, generic.IndirectObject):
        nodes[pages_ref.reference] = top
    stack = [(pages_ref.get_object(), top)]
    while stack:
        node, path = stack.pop()
        for ix, kid in enumerate(node["/Kids"]):
            kid_path = (*path, "/Kids", ix)
            if isinstance(kid, generic.IndirectObject):
                if kid.reference in nodes:
                    raise PdfReadError("Circular reference in page tree")
                nodes[kid.reference] = kid_path
            kid = kid.get_object()
            if kid.get("/Type", None) == "/Pages":
                stack.append((kid, kid_path))
    return nodes


def _struct_tree(old) -> set:
    """The structure elements of the revision's structure tree, if any."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.misc import PdfReadError

    found: set = set()
    try:
        stack = [old.root.raw_get("/StructTreeRoot").get_object()]
        while stack:
            elem = stack.pop()
            try:
                children = elem["/K"]
            except KeyError:
                continue
            if not isinstance(children, generic.ArrayObject):
                children = (children,)
            for child in children:
                child_ref = None
                if isinstance(child, generic.IndirectObject):
                    child_ref = child.reference
                    child = child.get_object()
                if not isinstance(child, generic.DictionaryObject):
                    continue
                try:
                    if child["/Type"] != "/StructElem":
                        continue
                except KeyError:
                    pass  # /StructElem is the default type
                if child_ref is not None:
                    if child_ref in found:
                        raise PdfReadError("Circular reference in structure tree")
                    found.add(child_ref)
                stack.append(child)
    except KeyError:
        pass
    return found


def _referrers(old) -> dict:
    """Reference -> the objects of the revision that mention it (the trailer
    as `_TRAILER`), reading every object reachable from the trailer once.
    Values under /Parent are left out, as pyHanko's paths never follow them."""
    from pyhanko.pdf_utils import generic

    indirect, dictionary, array = (
        generic.IndirectObject,
        generic.DictionaryObject,
        generic.ArrayObject,
    )
    referrers: dict = defaultdict(set)
    read: set = set()
    objects = [(_TRAILER, old.trailer_view)]
    while objects:
        owner, obj = objects.pop()
        inside = [obj]
        while inside:
            value = inside.pop()
            if isinstance(value, indirect):
                ref = value.reference
                referrers[ref].add(owner)
                if ref not in read:
                    read.add(ref)
                    objects.append((ref, old(ref)))
            elif isinstance(value, dictionary):
                inside.extend(v for k, v in value.items() if k != "/Parent")
            elif isinstance(value, array):
                inside.extend(value)
    return referrers


class RevisionUsages(dict):
    """The paths (`RawPdfPath`) through which each object of a signed revision
    is reached from its trailer, found when first asked for. It takes the
    place of pyHanko's map of all of them (`HistoricalResolver.
    _indirect_object_access_cache`), which the policy reads as `cache[ref]`."""

    def __init__(self, old):
        super().__init__()
        self._old = old
        self._referrers: dict | None = None
        self._pages: dict = {}
        self._struct: set = set()

    def __bool__(self) -> bool:
        return True  # never taken for "no map yet", even before a first answer

    def __missing__(self, ref):
        if self._referrers is None:
            self._pages = _page_tree(self._old)
            self._struct = _struct_tree(self._old)
            self._referrers = _referrers(self._old)
        paths = self._paths_to(ref)
        self[ref] = paths
        return paths

    def _leading_to(self, target) -> set:
        """The objects (and the trailer) from which `target` can be reached."""
        seen: set = set()
        todo = [target]
        while todo:
            for owner in self._referrers.get(todo.pop(), ()):
                if owner not in seen:
                    seen.add(owner)
                    if owner is not _TRAILER:
                        todo.append(owner)
        return seen

    def _paths_to(self, target) -> set:
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.reader import RawPdfPath

        leading = self._leading_to(target)
        if _TRAILER not in leading:
            return set()
        old, pages, struct = self._old, self._pages, self._struct
        found = set()
        # (object, its path, the references on that path, in the structure tree)
        todo = [(old.trailer_view, (), frozenset(), False)]
        while todo:
            obj, path, on_path, in_struct = todo.pop()
            if isinstance(obj, generic.IndirectObject):
                ref = obj.reference
                if ref in on_path:
                    continue
                if ref == target:
                    found.add(RawPdfPath(*path))
                    continue  # past it, a path cannot come back to it
                if ref not in leading:
                    continue
                on_path = on_path | {ref}
                obj = old(ref)
                if pages.get(ref, path) != path:
                    continue  # a page tree node only through the page tree
                if not in_struct and ref in struct:
                    continue  # a structure element only through the structure tree
            if isinstance(obj, generic.DictionaryObject):
                for key, value in obj.items():
                    if key == "/Parent" or (in_struct and key == "/P"):
                        continue
                    enters = in_struct or (key == "/K" and path == _STRUCT_ROOT_PATH)
                    todo.append((value, (*path, key), on_path, enters))
            elif isinstance(obj, generic.ArrayObject):
                for ix, value in enumerate(obj):
                    todo.append((value, (*path, ix), on_path, in_struct))
        return found


def diff_policy():
    """pyHanko's default difference analysis policy (the same rules and
    settings), with the signed revision's paths found on demand."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, StandardDiffPolicy

    class _Policy(StandardDiffPolicy):
        def apply(self, old, new, field_mdp_spec=None, doc_mdp=None):
            if getattr(old, "_indirect_object_access_cache", False) is None:
                old._indirect_object_access_cache = RevisionUsages(old)
            return super().apply(old, new, field_mdp_spec=field_mdp_spec, doc_mdp=doc_mdp)

    base = DEFAULT_DIFF_POLICY
    return _Policy(
        global_rules=base.global_rules,
        form_rule=base.form_rule,
        reject_object_freeing=base.reject_object_freeing,
        ignore_orphaned_objects=base.ignore_orphaned_objects,
        ignore_identical_objects=base.ignore_identical_objects,
    )
