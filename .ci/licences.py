#!/usr/bin/env python3
"""Licence check: every dependency (test scope included) must be under an open-source licence
on the allow-list below.

Reads the CycloneDX SBOM that `./mvnw -Plicences validate` writes (target/licences/sbom.cdx.json;
the pom's `licences` profile runs this script right after it) and exits non-zero, naming each
offending artifact and the licence its POM gives, when a component

  * names a licence that is not on the allow-list (after the spellings below are normalised), or
  * names no licence at all and is not mapped by hand in OVERRIDES.

A component that names several licences passes only when *every* one of them is allowed: POMs
use a list both for a choice (EPL-2.0 or GPL-2.0 with the Classpath Exception) and for bundled
code (ArchUnit's shaded ASM), and this script cannot tell which.

Usage: python3 .ci/licences.py target/licences/sbom.cdx.json
"""
import json
import re
import sys

# Canonical names of the allowed licences (SPDX identifiers where SPDX has one).
ALLOWED = {
    "Apache-2.0",
    "MIT",
    "MIT-0",                                       # MIT No Attribution, OSI-approved (reactive-streams, AWS SDK)
    "0BSD", "BSD-2-Clause", "BSD-3-Clause",      # 0BSD: Zero-Clause BSD, OSI-approved, BSD-style
    "EPL-1.0", "EPL-2.0",
    "EDL-1.0",                                     # Eclipse Distribution Licence = BSD-3-Clause
    "CDDL-1.0", "CDDL-1.1",
    "GPL-2.0-with-classpath-exception",            # only with the Classpath Exception (CDDL/EPL dual)
    "LGPL-2.1", "LGPL-3.0",
    "MPL-1.1", "MPL-2.0",
    "ISC",
    "Unicode",
    "Public-Domain", "CC0-1.0",
    "Bouncy-Castle",                               # MIT-like, https://www.bouncycastle.org/licence.html
    "UPL-1.0",
    "Go",                                          # the Go licence: BSD-3-Clause style
    "W3C",
    "PostgreSQL",
}

# SPDX identifiers the CycloneDX plugin writes, and the spellings POMs use for the same licence,
# normalised by norm() (lower case, punctuation and "the"/"licence"/"version" words dropped).
ALIASES = {
    "Apache-2.0": [
        "Apache-2.0", "Apache License, Version 2.0", "The Apache Software License, Version 2.0",
        "The Apache License, Version 2.0", "Apache License 2.0", "Apache 2.0", "Apache 2", "ASL 2.0",
        "AL 2.0", "Apache Software License - Version 2.0", "Apache Public License 2.0",
        "Apache License v2.0", "Apache-2",
    ],
    "MIT": ["MIT", "MIT License", "The MIT License", "MIT license (MIT)", "The MIT License (MIT)", "Expat"],
    "MIT-0": ["MIT-0", "MIT No Attribution", "MIT No Attribution License"],
    "0BSD": ["0BSD", "Zero-Clause BSD", "BSD Zero Clause License"],
    "BSD-2-Clause": ["BSD-2-Clause", "BSD 2-Clause License", "Simplified BSD License", "FreeBSD License",
                     "The BSD 2-Clause License"],
    "BSD-3-Clause": ["BSD-3-Clause", "BSD 3-Clause License", "New BSD License", "Modified BSD License",
                     "The BSD 3-Clause License", "Revised BSD License", "BSD License 3", "3-Clause BSD License"],
    "EPL-1.0": ["EPL-1.0", "Eclipse Public License 1.0", "Eclipse Public License - v 1.0",
                "Eclipse Public License v1.0", "Eclipse Public License"],
    "EPL-2.0": ["EPL-2.0", "Eclipse Public License 2.0", "Eclipse Public License - v 2.0",
                "Eclipse Public License v2.0", "EPL 2.0"],
    "EDL-1.0": ["EDL-1.0", "Eclipse Distribution License - v 1.0", "Eclipse Distribution License 1.0",
                "EDL 1.0", "Eclipse Distribution License v. 1.0"],
    "CDDL-1.0": ["CDDL-1.0", "Common Development and Distribution License 1.0", "CDDL 1.0"],
    "CDDL-1.1": ["CDDL-1.1", "Common Development and Distribution License 1.1", "CDDL 1.1", "CDDL+GPL License",
                 "CDDL + GPLv2 with classpath exception", "CDDL/GPLv2+CE"],
    "GPL-2.0-with-classpath-exception": [
        "GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0",
        "GNU General Public License, version 2 with the GNU Classpath Exception",
        "GPL2 w/ CPE", "GPLv2 with Classpath Exception", "GNU General Public License, version 2, with the Classpath Exception",
    ],
    "LGPL-2.1": ["LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "GNU Lesser General Public License v2.1",
                 "GNU Lesser General Public License, version 2.1", "LGPL 2.1", "LGPLv2.1",
                 "GNU Lesser General Public License"],
    "LGPL-3.0": ["LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later", "GNU Lesser General Public License v3.0",
                 "GNU Lesser General Public License, version 3", "LGPL 3.0", "LGPLv3"],
    "MPL-1.1": ["MPL-1.1", "Mozilla Public License 1.1", "MPL 1.1"],
    "MPL-2.0": ["MPL-2.0", "Mozilla Public License 2.0", "Mozilla Public License, Version 2.0", "MPL 2.0"],
    "ISC": ["ISC", "ISC License"],
    "Unicode": ["Unicode-DFS-2016", "Unicode-3.0", "Unicode/ICU License", "Unicode License",
                "Unicode License Agreement - Data Files and Software"],
    "Public-Domain": ["Public Domain", "Public Domain, per Creative Commons CC0", "The Unlicense", "Unlicense"],
    "CC0-1.0": ["CC0-1.0", "CC0", "CC0 1.0 Universal", "Creative Commons Zero"],
    "Bouncy-Castle": ["Bouncy Castle Licence", "Bouncy Castle License"],
    "UPL-1.0": ["UPL-1.0", "Universal Permissive License, Version 1.0", "The Universal Permissive License (UPL), Version 1.0"],
    "Go": ["Go License", "The Go license", "BSD-style (Go)"],
    "W3C": ["W3C", "W3C License", "W3C Software Notice and License", "W3C-20150513"],
    "PostgreSQL": ["PostgreSQL", "The PostgreSQL License", "PostgreSQL License"],
}

# Dependencies whose POM names no licence, or names it too vaguely to classify, mapped by hand.
# Key: (group:artifact, the licence the SBOM reports, "" for none). Value: the canonical licence.
# Each entry says where the licence was checked; an entry stops applying when the POM changes
# what it reports, so a new licence is never waved through.
OVERRIDES = {
    # ArchUnit (spring-modulith-starter-test, test scope) lists Apache-2.0 plus "BSD" with the URL
    # http://asm.ow2.io/license.html, which the CycloneDX plugin maps to BSD-4-Clause. That second
    # entry is the licence of the ASM classes ArchUnit shades in; asm.ow2.io/license.html and ASM's
    # own POM (org.ow2.asm:asm, in this SBOM as BSD-3-Clause) give the 3-clause BSD licence.
    ("com.tngtech.archunit:archunit", "BSD-4-Clause"): "BSD-3-Clause",
    # JavaMail's API (test scope: the OpenAPI validator's JSON-schema library checks e-mail formats with it) is
    # offered under a choice, "CDDL-1.0 OR GPL-2.0 with the Classpath Exception"; both are allowed, CDDL-1.0 is taken.
    ("com.sun.mail:mailapi", "(CDDL-1.0 OR GPL-2.0-with-classpath-exception)"): "CDDL-1.0",
}


def norm(name):
    s = name.lower()
    s = re.sub(r"\blicen[cs]e[sd]?\b|\bversion\b|\bthe\b|\bv(?=\s*\d)", " ", s)
    s = re.sub(r"[^a-z0-9.+]+", " ", s)
    s = re.sub(r"\b(\d+)\.0\b", r"\1", s)   # "2.0" and "2" alike
    return " ".join(s.split())


CANON = {}
for canon, spellings in ALIASES.items():
    for spelling in spellings + [canon]:
        CANON[norm(spelling)] = canon


def reported(entry):
    lic = entry.get("license")
    if lic:
        return lic.get("id") or lic.get("name") or "(unnamed licence)"
    return entry.get("expression") or "(unnamed licence)"


def main(path):
    with open(path, encoding="utf-8") as f:
        bom = json.load(f)
    components = bom.get("components") or []
    if not components:
        print(f"LICENCE CHECK FAILED: {path} lists no components", file=sys.stderr)
        return 2
    bad, by_hand, count = [], [], 0
    for c in components:
        if c.get("type") not in (None, "library", "framework"):
            continue
        count += 1
        ga = f"{c.get('group', '')}:{c.get('name', '')}"
        gav = f"{ga}:{c.get('version', '')}"
        names = [reported(e) for e in c.get("licenses") or []] or [""]
        for name in names:
            if (ga, name) in OVERRIDES:
                by_hand.append(f"{gav}: '{name or '(none)'}' -> {OVERRIDES[(ga, name)]}")
                continue
            if not name:
                bad.append(f"{gav}: its POM names no licence (map it in OVERRIDES after checking)")
                continue
            canon = CANON.get(norm(name))
            if canon not in ALLOWED:
                bad.append(f"{gav}: licence '{name}' is not on the allow-list")
    for line in by_hand:
        print(f"licence mapped by hand: {line}")
    if bad:
        print(f"\nLICENCE CHECK FAILED: {len(bad)} of {count} dependencies are not under an allowed "
              f"open-source licence:", file=sys.stderr)
        for line in bad:
            print(f"  {line}", file=sys.stderr)
        print("Fix: pin an open-source version, drop the dependency, or (after checking its real licence)"
              " add an alias or an OVERRIDES entry in .ci/licences.py.", file=sys.stderr)
        return 1
    print(f"Licence check passed: {count} dependencies (test scope included), all on the allow-list.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
