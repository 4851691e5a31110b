"""Byte-level requirements files and the text pip 23.2's auto_decode reads from them (or its error).

Run: python3 test/data/requirements-encodings/make-vectors.py > test/data/requirements-encodings/vectors.json
"""
import codecs
import json

from pip._internal.utils.encoding import auto_decode

BODY = "flask==3.0.0\nrequests>=2 # café\n"
CASES = []


def add(name, data):
    CASES.append((name, data))


add("plain UTF-8", BODY.encode("utf-8"))
add("UTF-8 with BOM", codecs.BOM_UTF8 + BODY.encode("utf-8"))
add("UTF-8 with two BOMs", codecs.BOM_UTF8 * 2 + BODY.encode("utf-8"))
add("UTF-16 LE with BOM", codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"))
add("UTF-16 BE with BOM", codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"))
add("UTF-16 LE BOM then a BE BOM", codecs.BOM_UTF16_LE + codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"))
add("UTF-16 odd length", codecs.BOM_UTF16_LE + BODY.encode("utf-16-le") + b"x")
add("UTF-16 lone surrogate", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00")
add("UTF-32 LE with BOM (read as UTF-16)", codecs.BOM_UTF32_LE + BODY.encode("utf-32-le"))
add("UTF-32 BE with BOM", codecs.BOM_UTF32_BE + BODY.encode("utf-32-be"))
add("invalid UTF-8", b"flask==3.0.0\n\xff\n")
for decl in ["utf-8", "UTF8", "latin-1", "Latin1", "iso-8859-1", "ISO_8859-1", "ascii", "us-ascii",
             "utf-8-sig", "utf_16", "cp1252", "utf-7", "shift_jis", "rot13", "nonexistent", "--utf--8--"]:
    for template in ["# -*- coding: {} -*-\n", "#!/bin/sh\n# vim: set fileencoding={} :\n"]:
        head = template.format(decl)
        for body_name, body in [("ASCII", "flask==3.0.0\n"), ("latin-1 é", "flask==3.0.0 # caf\xe9\n"),
                                ("utf-7 newline", "# pinned by renovate +AAo-flask\n")]:
            try:
                data = head.encode("ascii") + body.encode("latin-1")
            except UnicodeEncodeError:
                continue
            add(f"declared {decl!r} ({'line 1' if template.startswith('# -*-') else 'line 2'}), {body_name}", data)
add("declaration not at line start", b" # coding: utf-7\n+AAo-flask\n")
add("declaration on line 3", b"#\n#\n# coding: utf-7\n+AAo-flask\n")
add("declaration after \\r only", b"# x\r# coding: utf-7\n+AAo-flask\n")
add("coding= form", b"#coding=latin-1\nflask==1\n")

vectors = []
for name, data in CASES:
    try:
        result = {"text": auto_decode(data)}
    except (UnicodeDecodeError, LookupError) as error:
        result = {"error": type(error).__name__}
    vectors.append({"name": name, "hex": data.hex(), **result})
print(json.dumps(vectors, indent=1, ensure_ascii=True))
