#!/usr/bin/env python3
"""Build kv-verkosto's built-in demo dataset (HSDS 3.0, ADR 0004) from the benchmark catalogue's facts and our own texts.

Usage: python3 tools/demo-data/build_demo_data.py CATALOG_DIR OUT_DIR

Facts (ids, names, links, classifications, areas, languages, costs) come from CATALOG_DIR; every human-readable
text comes from tools/demo-data/texts/*.json, so the catalogue's own descriptions never reach the output. New
records (translation attributes and terms) get UUID v4 ids kept in tools/demo-data/ids.json so rebuilds are
reproducible. The script stops with a non-zero exit and a list of problems when any text is missing or when an
output description repeats the catalogue's; it writes nothing in that case.
"""
import json
import os
import re
import shutil
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
IDS_FILE = os.path.join(HERE, "ids.json")
LANGS = ("fi", "sv", "en")
# A fixed timestamp, not the build time, so that two builds from the same inputs are byte-identical.
LAST_MODIFIED = "2026-11-26T12:00:00.000Z"
DEFINED_TAXONOMIES = ("kv-stage", "kv-need", "company-size", "cost", "provider-type")
SIZE_ORDER = ("startup", "micro", "small", "medium", "midcap", "large")
FICTION_MARK = {"fi": "KUVITTEELLINEN ESIMERKKI:", "sv": "FIKTIVT EXEMPEL:", "en": "FICTIONAL EXAMPLE:"}
NEW_TRANSLATION_CODES = (
    "translation:name.sv", "translation:description.sv", "translation:alert.en", "translation:alert.sv",
    "translation:eligibility_description.en", "translation:eligibility_description.sv",
    "translation:fees_description.en", "translation:fees_description.sv",
    "translation:option.en", "translation:option.sv",
)

problems = []


def problem(message):
    problems.append(message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dump(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def text(value):
    """A usable text is a non-blank string; anything else counts as missing."""
    return isinstance(value, str) and value.strip() != ""


def need_langs(obj, where):
    """Checks that obj holds a non-blank text for fi, sv and en; returns it (or blanks) so building can go on."""
    if not isinstance(obj, dict):
        problem(f"{where}: missing (need fi, sv, en)")
        return {lang: "" for lang in LANGS}
    for lang in LANGS:
        if not text(obj.get(lang)):
            problem(f"{where}.{lang}: missing or empty")
    return {lang: obj.get(lang) or "" for lang in LANGS}


class Ids:
    """Stable UUID v4 ids for records the catalogue does not have, keyed by what they are."""

    def __init__(self, path):
        self.path = path
        self.ids = load(path) if os.path.exists(path) else {}
        self.changed = False

    def get(self, key):
        if key not in self.ids:
            self.ids[key] = str(uuid.uuid4())
            self.changed = True
        return self.ids[key]

    def save(self):
        if self.changed:
            dump(self.path, dict(sorted(self.ids.items())))


def taxonomy_key(taxonomy):
    m = re.search(r"Taxonomy key: (\S+)\.\s*$", taxonomy.get("description", ""))
    return m.group(1) if m else None


def check_not_copied(where, catalogue_texts, ours):
    """Our text may not be, or contain, the catalogue's text for the same record (the catalogue's wording is not ours)."""
    for c in catalogue_texts:
        if not text(c):
            continue
        c_norm = " ".join(c.split()).casefold()
        for lang, t in ours.items():
            if text(t) and c_norm in " ".join(t.split()).casefold():
                problem(f"{where}: our {lang} text equals or contains the catalogue's text: {c[:70]!r}")


def main(catalog_dir, out_dir):
    cat = {name: load(os.path.join(catalog_dir, f"{name}.json"))
           for name in ("organizations", "services", "taxonomies", "taxonomy_terms")}
    org_texts = load(os.path.join(TEXTS, "organizations.json"))
    term_texts = load(os.path.join(TEXTS, "terms.json"))
    common = load(os.path.join(TEXTS, "common.json"))
    service_texts = {}
    for part in ("services-a.json", "services-b.json"):
        path = os.path.join(TEXTS, part)
        if not os.path.exists(path):
            problem(f"texts/{part}: file missing")
            continue
        for sid, entry in load(path).items():
            if sid in service_texts:
                problem(f"texts/{part}: service {sid} also appears in another services file")
            service_texts[sid] = entry
    ids = Ids(IDS_FILE)

    # ---- taxonomies and terms
    terms = cat["taxonomy_terms"]
    term_by_id = {t["id"]: t for t in terms}
    term_by_code = {t["code"]: t for t in terms}
    translation_taxonomy = next((t for t in cat["taxonomies"] if taxonomy_key(t) == "translation"), None)
    if translation_taxonomy is None:
        problem("catalogue: no taxonomy with 'Taxonomy key: translation.'")
        translation_taxonomy = {"id": ""}

    taxonomies_out = []
    for tax in cat["taxonomies"]:
        key = taxonomy_key(tax)
        ours = common.get("taxonomies", {}).get(key)
        if not text(ours):
            problem(f"texts/common.json taxonomies.{key}: missing")
        elif not ours.rstrip().endswith(f"Taxonomy key: {key}."):
            problem(f"texts/common.json taxonomies.{key}: must end with 'Taxonomy key: {key}.' (ADR 0004)")
        check_not_copied(f"taxonomy {key}", [tax.get("description")], {"fi": ours})
        taxonomies_out.append({**tax, "description": ours or ""})

    translation_codes = [t["code"] for t in terms if t["taxonomy"] == "translation"]
    translation_codes += [c for c in NEW_TRANSLATION_CODES if c not in translation_codes]
    tterm_id = {}
    tterm_records = []
    for code in translation_codes:
        spec = common.get("translation_terms", {}).get(code, {})
        if not (text(spec.get("name")) and text(spec.get("description"))):
            problem(f"texts/common.json translation_terms.{code}: needs name and description")
        existing = term_by_code.get(code)
        if existing:
            check_not_copied(f"term {code}", [existing.get("description")], {"fi": spec.get("description")})
            record = {**existing, "name": spec.get("name", ""), "description": spec.get("description", "")}
        else:
            record = {
                "id": ids.get(f"term:{code}"),
                "code": code,
                "name": spec.get("name", ""),
                "description": spec.get("description", ""),
                "taxonomy": "translation",
                "taxonomy_id": translation_taxonomy["id"],
                "language": "en",
            }
        tterm_id[code] = record["id"]
        tterm_records.append(record)

    def tr_attr(key, link_id, link_entity, code, value, attr_id=None):
        return {
            "id": attr_id or ids.get(f"attribute:{key}:{code}"),
            "link_id": link_id,
            "link_type": "translation",
            "link_entity": link_entity,
            "taxonomy_term_id": tterm_id[code],
            "value": value,
        }

    terms_out, term_attributes = [], []
    for t in terms:
        if t["taxonomy"] == "translation":
            continue
        where = f"texts/terms.json {t['id']} ({t['code']})"
        entry = term_texts.get(t["id"])
        if entry is None:
            problem(f"{where}: missing")
            entry = {}
        label = need_langs(entry.get("label"), f"{where} label")
        cat_label, _, cat_definition = t["description"].partition(" – ")
        # Labels are facts: the Finnish one is the catalogue's, the English one the term's name.
        if label["fi"] and label["fi"] != cat_label:
            problem(f"{where}: label.fi {label['fi']!r} differs from the catalogue's {cat_label!r}")
        if label["en"] and label["en"] != t["name"]:
            problem(f"{where}: label.en {label['en']!r} differs from the catalogue's name {t['name']!r}")
        definition = entry.get("definition")
        has_definition = isinstance(definition, dict) and any(text(v) for v in definition.values())
        if t["taxonomy"] in DEFINED_TAXONOMIES or has_definition:
            definition = need_langs(definition, f"{where} definition")
            check_not_copied(where, [cat_definition, t["description"] if cat_definition else None], definition)
            described = {lang: f"{label[lang]} – {definition[lang]}" for lang in LANGS}
        else:
            described = dict(label)
        terms_out.append({**t, "description": described["fi"]})
        term_attributes += [
            tr_attr(t["id"], t["id"], "taxonomy_term", "translation:name.sv", label["sv"]),
            tr_attr(t["id"], t["id"], "taxonomy_term", "translation:description.sv", described["sv"]),
            tr_attr(t["id"], t["id"], "taxonomy_term", "translation:description.en", described["en"]),
        ]
    # The translation terms stay together, where the catalogue has them, followed by the ones we add.
    first_tr = next((i for i, t in enumerate(terms) if t["taxonomy"] == "translation"), len(terms))
    insert_at = len([t for t in terms[:first_tr] if t["taxonomy"] != "translation"])
    terms_out[insert_at:insert_at] = tterm_records
    for tid in term_texts:
        if tid not in term_by_id or term_by_id[tid]["taxonomy"] == "translation":
            problem(f"texts/terms.json: {tid} is not a (non-translation) term of the catalogue")

    def catalogue_english(record):
        code_of = lambda a: term_by_id.get(a.get("taxonomy_term_id"), {}).get("code")
        return [a.get("value") for a in record.get("attributes", []) if code_of(a) == "translation:description.en"]

    def rebuild_attributes(record, entity, translations):
        """Classification attributes exactly as in the catalogue, then our translations (reusing the catalogue's
        id for the English description it already had)."""
        kept, old_en_id = [], None
        for a in record.get("attributes", []):
            code = term_by_id.get(a.get("taxonomy_term_id"), {}).get("code", "")
            if code.startswith("translation:"):
                if code == "translation:description.en":
                    old_en_id = a["id"]
                continue
            kept.append(a)
        for code, value in translations:
            attr_id = old_en_id if code == "translation:description.en" else None
            kept.append(tr_attr(record["id"], record["id"], entity, code, value, attr_id))
        return kept

    # ---- organisations
    fictional_term = term_by_code.get("provider-type:fictional", {}).get("id")
    fictional_orgs = set()
    orgs_out = []
    for o in cat["organizations"]:
        where = f"texts/organizations.json {o['id']} ({o['name']})"
        entry = org_texts.get(o["id"])
        if entry is None:
            problem(f"{where}: missing")
            entry = {}
        if not text(entry.get("name_sv")):
            problem(f"{where} name_sv: missing or empty")
        desc = need_langs(entry.get("description"), f"{where} description")
        check_not_copied(where, [o.get("description")] + catalogue_english(o), desc)
        if any(a.get("taxonomy_term_id") == fictional_term for a in o.get("attributes", [])):
            fictional_orgs.add(o["id"])
        out = {**o, "description": desc["fi"]}
        out["attributes"] = rebuild_attributes(o, "organization", [
            ("translation:name.sv", entry.get("name_sv", "")),
            ("translation:description.en", desc["en"]),
            ("translation:description.sv", desc["sv"]),
        ])
        orgs_out.append(out)
    org_ids = {o["id"] for o in cat["organizations"]}
    for oid in org_texts:
        if oid not in org_ids:
            problem(f"texts/organizations.json: {oid} is not an organisation of the catalogue")

    # ---- services
    fees = common.get("fees_description", {})
    options = common.get("cost_option", {})
    alerts = common.get("alert", {})
    elig = common.get("eligibility_description", {})
    elig_template = need_langs(elig.get("template"), "texts/common.json eligibility_description.template")
    elig_last = elig.get("last_separator", {})
    size_words = {f"company-size:{s}": need_langs(elig.get("sizes", {}).get(f"company-size:{s}"),
                                                   f"texts/common.json eligibility_description.sizes.company-size:{s}")
                  for s in SIZE_ORDER}

    def eligibility(sizes):
        result = {}
        for lang in LANGS:
            words = [size_words[s][lang] for s in sizes]
            joined = ", ".join(words[:-1]) + elig_last.get(lang, ", ") + words[-1] if len(words) > 1 else "".join(words)
            result[lang] = elig_template[lang].replace("{sizes}", joined)
        return result

    def shared(table, name, catalogue_value, where):
        if catalogue_value not in table:
            problem(f"texts/common.json {name}: no texts for the catalogue's {catalogue_value!r} (used by {where})")
            return {lang: "" for lang in LANGS}
        return need_langs(table[catalogue_value], f"texts/common.json {name}[{catalogue_value!r}]")

    services_out = []
    for position, s in enumerate(cat["services"]):
        part = "services-a.json" if position < 72 else "services-b.json"
        where = f"texts/{part} {s['id']} (#{position} {s['name']})"
        entry = service_texts.get(s["id"])
        if entry is None:
            problem(f"{where}: missing")
            entry = {}
        if not text(entry.get("name_sv")):
            problem(f"{where} name_sv: missing or empty")
        if "name_en" in entry and not text(entry["name_en"]):
            problem(f"{where} name_en: present but empty")
        desc = need_langs(entry.get("description"), f"{where} description")
        check_not_copied(where, [s.get("description")] + catalogue_english(s), desc)
        if s["organization_id"] in fictional_orgs:
            for lang in LANGS:
                if desc[lang] and not desc[lang].startswith(FICTION_MARK[lang]):
                    problem(f"{where} description.{lang}: a fictional provider's service must start with {FICTION_MARK[lang]!r}")

        sizes = [term_by_id[a["taxonomy_term_id"]]["code"] for a in s.get("attributes", [])
                 if a.get("link_type") == "company-size" and a.get("taxonomy_term_id") in term_by_id]
        sizes = sorted(set(sizes), key=lambda c: SIZE_ORDER.index(c.split(":")[1]))
        if not sizes:
            problem(f"{where}: the catalogue gives no company size, so no eligibility text can be built")
        elig_text = eligibility(sizes) if sizes else {lang: "" for lang in LANGS}
        fee_text = shared(fees, "fees_description", s.get("fees_description"), where) if s.get("fees_description") else None
        alert_text = shared(alerts, "alert", s.get("alert"), where) if s.get("alert") else None

        out = {}
        for key, value in s.items():
            if key == "alternate_name":
                out[key] = entry.get("name_en") or value
            elif key == "description":
                out[key] = desc["fi"]
            elif key == "alert":
                out[key] = alert_text["fi"]
            elif key == "eligibility_description":
                out[key] = elig_text["fi"]
            elif key == "fees_description":
                out[key] = fee_text["fi"]
            elif key == "last_modified":
                out[key] = LAST_MODIFIED
            elif key == "cost_options":
                out[key] = []
                for co in value:
                    opt = shared(options, "cost_option", co.get("option"), where) if co.get("option") else None
                    co_out = dict(co)
                    if opt:
                        co_out["option"] = opt["fi"]
                        co_out["attributes"] = [a for a in co.get("attributes", [])
                                                if not term_by_id.get(a.get("taxonomy_term_id"), {}).get("code", "").startswith("translation:")]
                        co_out["attributes"] += [
                            tr_attr(co["id"], co["id"], "cost_option", "translation:option.en", opt["en"]),
                            tr_attr(co["id"], co["id"], "cost_option", "translation:option.sv", opt["sv"]),
                        ]
                    out[key].append(co_out)
            elif key == "attributes":
                translations = [
                    ("translation:name.sv", entry.get("name_sv", "")),
                    ("translation:description.en", desc["en"]),
                    ("translation:description.sv", desc["sv"]),
                ]
                if alert_text:
                    translations += [("translation:alert.en", alert_text["en"]), ("translation:alert.sv", alert_text["sv"])]
                translations += [("translation:eligibility_description.en", elig_text["en"]),
                                 ("translation:eligibility_description.sv", elig_text["sv"])]
                if fee_text:
                    translations += [("translation:fees_description.en", fee_text["en"]),
                                     ("translation:fees_description.sv", fee_text["sv"])]
                out[key] = rebuild_attributes(s, "service", translations)
            else:
                out[key] = value
        if "eligibility_description" not in s:
            out["eligibility_description"] = elig_text["fi"]
        services_out.append(out)
    service_ids = {s["id"] for s in cat["services"]}
    for sid in service_texts:
        if sid not in service_ids:
            problem(f"texts/services-*.json: {sid} is not a service of the catalogue")

    # ---- whole-dataset checks: unique UUID v4 ids, no text left blank
    seen = {}
    reported = bool(problems)

    def walk(node, where):
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                i = node["id"]
                if i in seen:
                    problem(f"duplicate id {i} in {where} and {seen[i]}")
                seen[i] = where
                try:
                    if uuid.UUID(i).version != 4 or str(uuid.UUID(i)) != i:
                        problem(f"id {i} in {where} is not a lower-case UUID v4")
                except ValueError:
                    problem(f"id {i!r} in {where} is not a UUID")
            for k, v in node.items():
                # A safety net only: missing texts were already reported above, with their source file.
                if not reported and k in ("description", "name", "value", "option", "alert",
                                          "eligibility_description", "fees_description", "alternate_name") \
                        and isinstance(v, str) and not v.strip():
                    problem(f"{where}: empty {k} in record {node.get('id')}")
                walk(v, where)
        elif isinstance(node, list):
            for v in node:
                walk(v, where)

    outputs = {
        "organizations.json": orgs_out,
        "services.json": services_out,
        "taxonomies.json": taxonomies_out,
        "taxonomy_terms.json": terms_out,
        "attributes.json": term_attributes,
    }
    for name, data in outputs.items():
        walk(data, name)

    if problems:
        print(f"build_demo_data: {len(problems)} problem(s); nothing written.", file=sys.stderr)
        for p in problems:
            print("  -", p, file=sys.stderr)
        return 1

    os.makedirs(out_dir, exist_ok=True)
    for name, data in outputs.items():
        dump(os.path.join(out_dir, name), data)
    shutil.copyfile(os.path.join(catalog_dir, "municipalities.json"), os.path.join(out_dir, "municipalities.json"))
    ids.save()
    print(f"build_demo_data: wrote {len(orgs_out)} organisations, {len(services_out)} services, "
          f"{len(taxonomies_out)} taxonomies, {len(terms_out)} terms, {len(term_attributes)} term attributes to {out_dir}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
