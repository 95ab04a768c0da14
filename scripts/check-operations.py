#!/usr/bin/env python3
"""Fails when an operation of the Lever Data API spec is reached from no screen (a CTest: operations/reached).

Usage: check-operations.py SPEC ARCHITECTURE_MD SOURCE_ROOT

1. Reads the spec's operations (METHOD /path) from SPEC (tests/data/lever-data-api-openapi.yml, a copy of
   the shared spec) and the table "API operations and where the console uses them" from ARCHITECTURE_MD.
2. Every operation must have its row, and no row of a spec operation may say "not reached".
3. The row names the api method that sends it (`Class::method`, or after "Lever's form:" the one actually
   used); that method must be called from console code (models/, ui/, app/, auth/ under SOURCE_ROOT), as
   `client.<resource>().method(`, through a variable holding that resource, or on a class built in place
   (`OpportunityMultipart(client).create(`). So the table cannot claim a caller the code does not have.
"""

import re
import sys
from pathlib import Path

ACCESSORS = {
    "OpportunityResource": "opportunities", "ApplicationResource": "applications",
    "ContactResource": "contacts", "PostingResource": "postings", "RequisitionResource": "requisitions",
    "UserResource": "users", "CatalogResource": "catalog", "PanelResource": "panels",
    "InterviewResource": "interviews", "FeedbackResource": "feedback", "NoteResource": "notes",
    "FileResource": "files", "OfferResource": "offers", "ReferralResource": "referrals",
    "EeoResource": "eeo", "AuditEventResource": "auditEvents", "WebhookResource": "webhooks",
}


def spec_operations(spec):
    ops, path = [], None
    for line in spec.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^  (/\S*):\s*$", line)
        if m:
            path = m.group(1)
            continue
        m = re.match(r"^    (get|post|put|delete|patch):\s*$", line)
        if m and path:
            ops.append(f"{m.group(1).upper()} {path}")
    return ops


def table_rows(doc):
    text = doc.read_text(encoding="utf-8")
    start = text.index("## API operations and where the console uses them")
    rows = {}
    for line in text[start:].splitlines()[1:]:
        if line.startswith("## "):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        m = re.match(r"^\*\*([A-Z]+ /\S*)\*\*$", cells[0])
        if m:
            rows[m.group(1)] = (cells[1], cells[2])
    return rows


def used_method(call_cell):
    """The Class::method that sends the operation: after "Lever's form:" when given, else the first."""
    names = re.findall(r"`(\w+)::(\w+)(?:\([^`]*\))?`", call_cell)
    if not names:
        return None
    lever = re.search(r"Lever's form:\s*`(\w+)::(\w+)`", call_cell)
    return (lever.group(1), lever.group(2)) if lever else names[0]


def console_sources(root):
    for folder in ("models", "ui", "app", "auth"):
        for f in sorted((root / folder).rglob("*.cpp")):
            yield f, f.read_text(encoding="utf-8")


def is_called(cls, method, sources):
    accessor = ACCESSORS.get(cls)
    call = r"\s*\.\s*" + re.escape(method) + r"\s*\("
    for _, text in sources:
        if accessor:
            if re.search(r"\b" + accessor + r"\(\)" + call, text):
                return True
            # A variable holding the resource: `api::FileResource files = ...files();` then `files.download(`.
            for var in re.findall(r"\b" + cls + r"\s+(\w+)\s*=", text):
                if re.search(r"\b" + var + call, text):
                    return True
        elif re.search(r"\b" + cls + r"\s*\([^;]*?\)" + call, text, re.S):
            return True
    return False


def main():
    spec, doc, root = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    ops = spec_operations(spec)
    rows = table_rows(doc)
    sources = list(console_sources(root))
    problems = []
    for op in ops:
        if op not in rows:
            problems.append(f"{op}: no row in the table of {doc.name}")
            continue
        call_cell, where = rows[op]
        if "not reached" in where:
            problems.append(f"{op}: reached from no screen (the table says so)")
            continue
        named = used_method(call_cell)
        if not named:
            problems.append(f"{op}: the row names no `Class::method`")
        elif not is_called(*named, sources):
            problems.append(f"{op}: the row names {named[0]}::{named[1]}, which no console code calls")
    print(f"{len(ops)} operations in the spec, {len(ops) - len(problems)} reached from a screen")
    for p in problems:
        print("  " + p)
    return 1 if problems or len(ops) < 50 else 0


if __name__ == "__main__":
    sys.exit(main())
