#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from tests/data (called by scripts/fuzz.sh).

Usage: make_seeds.py TESTS_DATA_DIR OUT_DIR

tests/data/lever-response-shapes.md records, per Lever endpoint, every key path of the answer with its JSON
type, plus the query and body of the recorded request. From it:
  fuzz_api_types        one answer per endpoint rebuilt from its key paths, as "<Type>\\n<json>"
  fuzz_sandbox_request  the recorded requests as HTTP text (query and JSON body)
  fuzz_sandbox_handle   the same requests against /v1, plus the OAuth forms
  fuzz_cache_rows       reference lists from the stage, user, posting and archive-reason answers, and
                        binary opportunity rows in RecordCodec's layout
  fuzz_posting_draft    a draft file built from the recorded posting
  fuzz_multipart        upload bodies (written here rather than checked in: they need CRLF line ends)
  fuzz_resume           resumes (PDF plain and deflated, DOCX) and the create form in bracket notation
Seeds are small and deterministic; the checked-in fuzz/seeds/<target>/ hold hand-written hostile ones.
"""

import json
import re
import struct
import sys
from pathlib import Path

# The value type each endpoint answers with, by the last path segment that is not an id.
TYPE_BY_SEGMENT = {
    "applications": "Application", "archive_reasons": "ArchiveReason", "archived": "Opportunity",
    "contacts": "Contact", "disposition_stages": "Stage", "responses": "EeoResponse", "pii": "EeoResponse",
    "feedback_templates": "FeedbackTemplate", "opportunities": "Opportunity", "deleted": "Opportunity",
    "addLinks": "Opportunity", "addSources": "Opportunity", "addTags": "Opportunity", "stage": "Opportunity",
    "feedback": "Feedback", "file_actions": "File", "interviews": "Interview", "notes": "Note",
    "panels": "Panel", "referrals": "Referral", "resumes": "Resume", "postings": "Posting", "apply": "Posting",
    "users": "User", "requisition_fields": "RequisitionField", "requisitions": "Requisition",
    "sources": "Source", "stages": "Stage", "tags": "Tag", "offers": "Offer", "uploads": "Upload",
    "files": "File", "webhooks": "Webhook", "audit_events": "AuditEvent", "eeo": "EeoResponse",
}


def parse_sections(text):
    sections = []
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            method, _, path = line[3:].partition(" ")
            current = {"method": method, "path": path, "keys": [], "query": None, "body": None}
            sections.append(current)
        elif current is None:
            continue
        elif line.startswith("query: `"):
            current["query"] = line[len("query: `"):].rstrip("`")
        elif line.startswith("body: `"):
            body = line[len("body: `"):].rstrip("`")
            if not body.endswith("..."):  # cut in the recording: not JSON any more
                current["body"] = body
        elif line.startswith("- "):
            path, _, types = line[2:].partition(": ")
            current["keys"].append((path.rstrip("?"), types.split("|")[0].strip()))
    return sections


def sample(key, kind):
    last = key.split(".")[-1].rstrip("[]")
    if kind == "string":
        return "https://example.com/x" if last in ("url", "show", "list", "apply") else f"{last}-1"
    if kind == "number":
        return 1782864000000 if last.endswith("At") or last in ("date", "appliedAt") else 3
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    if kind == "array":
        return []
    return None


def build(keys):
    """Rebuilds one JSON document from "a.b[].c: type" paths (arrays get one element)."""
    root = {}
    for path, kind in keys:
        tokens = re.findall(r"[^.\[\]]+|\[\]", path)
        node = root
        for i, token in enumerate(tokens):
            last = i == len(tokens) - 1
            if token == "[]":
                if not isinstance(node, list):
                    break
                if not node:
                    node.append(sample(path, kind) if last else {})
                node = node[0]
                continue
            if not isinstance(node, dict):
                break
            if last:
                if token not in node or kind not in ("object", "array"):
                    node[token] = sample(path, kind)
                if kind == "object" and not isinstance(node[token], dict):
                    node[token] = {}
                if kind == "array" and not isinstance(node[token], list):
                    node[token] = []
            else:
                nxt = tokens[i + 1]
                if not isinstance(node.get(token), (dict, list)):
                    node[token] = [] if nxt == "[]" else {}
                node = node[token]
    return root


def type_for(path):
    segments = [s for s in path.split("/") if s and s != "{id}"]
    for segment in reversed(segments):
        if segment in TYPE_BY_SEGMENT:
            return TYPE_BY_SEGMENT[segment]
    return "Opportunity"


def slug(method, path):
    return (method + path).replace("/", "_").replace("{id}", "id").lower()


def write(out, target, name, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def record_row(id_, name, tags):
    """One row in RecordCodec's layout: format 2, ten UTF-8 byte strings, two lists, four int64, a bool."""
    def text(s):
        b = s.encode()
        return struct.pack(">I", len(b)) + b
    out = bytes([2])
    for field in (id_, name, "Headline", "a@example.com, b@example.com", "contact-1", "stage-1", "user-1",
                  "posting-1", "sourced", ""):
        out += text(field)
    for items in (tags, ["LinkedIn"]):
        out += struct.pack(">i", len(items)) + b"".join(text(t) for t in items)
    out += struct.pack(">qqqq", 1782864000000, 1782864000001, 1782864000002, 0) + bytes([0])
    return out


def main():
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    sections = parse_sections((data_dir / "lever-response-shapes.md").read_text(encoding="utf-8"))
    answers = {}
    for s in sections:
        doc = build(s["keys"])
        answers[(s["method"], s["path"])] = doc
        name = slug(s["method"], s["path"])
        text = json.dumps(doc, separators=(",", ":"))
        write(out, "fuzz_api_types", name + ".txt", type_for(s["path"]) + "\n" + text)
        target = s["path"].replace("{id}", "x")
        if s["query"]:
            target += "?" + s["query"].replace("{{", "").replace("}}", "")
        request = f"{s['method']} {target} HTTP/1.1\r\n"
        if s["body"]:
            request += "content-type: application/json\r\n"
        request += "\r\n" + (s["body"] or "")
        write(out, "fuzz_sandbox_request", name + ".http", request)
        # perform_as names a real user or is refused: the sandbox's admin key acts as its own user instead.
        v1 = "/v1" + (target.split("?")[0] if "perform_as" in (s["query"] or "") else target)
        write(out, "fuzz_sandbox_handle", name + ".http", request.replace(f" {target} ", f" {v1} ", 1))

    # OAuth forms: the token endpoint (both grants, body and Basic client credentials) and consent.
    form = "content-type: application/x-www-form-urlencoded\r\n"
    write(out, "fuzz_sandbox_handle", "token_code.http",
          "POST /oauth/token HTTP/1.1\r\n" + form + "\r\n"
          "grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb"
          "&client_id={client_id}&client_secret={client_secret}&code_verifier=xyz")
    write(out, "fuzz_sandbox_handle", "token_refresh_basic.http",
          "POST /oauth/token HTTP/1.1\r\n" + form +
          "authorization: {client_basic}\r\n\r\n"
          "grant_type=refresh_token&refresh_token=r.abc&scope=offline_access+opportunities%3Aread%3Aadmin")
    write(out, "fuzz_sandbox_handle", "token_public.http",
          "POST /oauth/token HTTP/1.1\r\n" + form + "\r\n"
          "grant_type=refresh_token&refresh_token=x&client_id={public_client_id}&audience=https%3A%2F%2Fapi.lever.co%2Fv1%2F")
    write(out, "fuzz_sandbox_handle", "authorize_get.http",
          "GET /authorize?client_id={public_client_id}&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb"
          "&response_type=code&state=s&scope=offline_access&code_challenge=abc&code_challenge_method=S256 "
          "HTTP/1.1\r\n\r\n")
    write(out, "fuzz_sandbox_handle", "authorize_post.http",
          "POST /authorize HTTP/1.1\r\n" + form + "\r\nrequest_id=abc&user_id=u&decision=approve")

    # Reference lists for the cache, from the recorded list answers.
    for (method, path), kind in ((("GET", "/stages"), "stages"), (("GET", "/users"), "users"),
                                 (("GET", "/postings"), "postings"), (("GET", "/archive_reasons"), "reasons")):
        items = answers.get((method, path), {}).get("data") or [{}]
        items = [dict(item, id=item.get("id", "id-1"), text=item.get("text", "Text")) for item in items]
        write(out, "fuzz_cache_rows", f"reference_{kind}.json", json.dumps(items + items))
    write(out, "fuzz_cache_rows", "row_plain.bin", record_row("opp-1", "Ada Lovelace", ["a", "b"]))
    write(out, "fuzz_cache_rows", "row_unicode.bin", record_row("opp-2", "Zoë Ŧëşţ 名前", []))

    # A posting draft file as PostingDraftStore::save writes it, from the recorded posting.
    posting = answers.get(("GET", "/postings/{id}"), {}).get("data", {})
    form_values = {"text": posting.get("text", "Engineer"), "state": "published", "team": "Engineering",
                   "tags": ["a", "b"], "salaryMin": "1000", "salaryMax": "2000", "salaryCurrency": "EUR",
                   "salaryInterval": "per-year-salary", "descriptionHtml": "<div><b>Hi</b></div>",
                   "lists": [{"text": "Tasks", "content": "<li>one</li><li>two</li>"}],
                   "closingHtml": "<div>Bye</div>", "owner": "user-1"}
    write(out, "fuzz_posting_draft", "draft_recorded.json", json.dumps(
        {"key": "new", "savedAt": "2026-07-01T10:00:00.000Z", "updatedAt": 1782864000000,
         "form": form_values, "base": dict(form_values, text="Old title")}))

    # multipart/form-data with CRLF line ends.
    def multipart(boundary, parts, epilogue=True):
        body = b""
        for headers, data in parts:
            body += b"--" + boundary + b"\r\n" + b"".join(h + b"\r\n" for h in headers) + b"\r\n" + data + b"\r\n"
        return body + (b"--" + boundary + b"--\r\n" if epilogue else b"")
    ct = b"multipart/form-data; boundary=XyZ\n"
    write(out, "fuzz_multipart", "file.txt", ct + multipart(b"XyZ", [
        ([b'Content-Disposition: form-data; name="file"; filename="cv.pdf"', b"Content-Type: application/pdf"],
         b"%PDF-1.4 ...")]))
    write(out, "fuzz_multipart", "fields.txt", ct + multipart(b"XyZ", [
        ([b'Content-Disposition: form-data; name="a"'], b"1"),
        ([b"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''%C3%A9t%C3%A9.txt"], b"x")]))
    write(out, "fuzz_multipart", "quoted.txt", b'multipart/form-data; boundary="a b\'()+_,-./:=?"\n' +
          multipart(b"a b'()+_,-./:=?", [([b'content-disposition: form-data; name="q\\"x"; filename="..\\/x"'],
                                         b"")]))
    write(out, "fuzz_multipart", "preamble_truncated.txt",
          ct + b"preamble\r\n" + multipart(b"XyZ", [([b'Content-Disposition: form-data; name="f"'], b"abc")],
                                             epilogue=False))

    # Resumes as POST /opportunities?parse=true reads them, and the create form.
    import io
    import zipfile
    import zlib
    lines = [b"Ana Ruiz", b"ana.ruiz@example.com", b"+49 30 1234 5678", b"https://github.com/anaruiz"]
    content = b"BT " + b" ".join(b"(" + line + b") Tj 0 -14 Td" for line in lines) + b" ET"
    def pdf(stream, flate):
        filt = b" /Filter /FlateDecode" if flate else b""
        return (b"%PDF-1.4\n1 0 obj << /Length " + str(len(stream)).encode() + filt + b" >>\nstream\n" +
                stream + b"\nendstream\nendobj\n%%EOF\n")
    write(out, "fuzz_resume", "plain.pdf", b"pdf\n" + pdf(content, False))
    write(out, "fuzz_resume", "deflated.pdf", b"pdf\n" + pdf(zlib.compress(content), True))
    xml = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           b'wordprocessingml/2006/main"><w:body>' +
           b"".join(b"<w:p><w:r><w:t>" + line + b"</w:t></w:r></w:p>" for line in lines) + b"</w:body></w:document>")
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", xml)
    write(out, "fuzz_resume", "resume.docx", b"docx\n" + docx.getvalue())
    write(out, "fuzz_resume", "resume.txt", b"txt\n" + b"\n".join(lines))
    write(out, "fuzz_resume", "form.txt", b"form:multipart/form-data; boundary=XyZ\n" + multipart(b"XyZ", [
        ([b'Content-Disposition: form-data; name="name"'], b"Ana Ruiz"),
        ([b'Content-Disposition: form-data; name="emails[]"'], b"ana@example.com"),
        ([b'Content-Disposition: form-data; name="phones[0][type]"'], b"mobile"),
        ([b'Content-Disposition: form-data; name="phones[0][value]"'], b"+1 555 0100"),
        ([b'Content-Disposition: form-data; name="archived[reason]"'], b"r1"),
        ([b'Content-Disposition: form-data; name="resumeFile"; filename="cv.pdf"'], b"%PDF-1.4"),
        ([b'Content-Disposition: form-data; name="files[]"; filename="a.txt"'], b"x")]))


if __name__ == "__main__":
    main()
