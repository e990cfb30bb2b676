#!/usr/bin/env python3
"""Write a synthetic HSDS 3.0 catalogue of any size for the finder's performance benchmark (docs/benchmarks.md).

Usage: python3 tools/synthetic-catalogue/generate.py REAL_CATALOG_DIR OUT_DIR [--services N] [--seed S]

Writes OUT_DIR/{organizations,services,taxonomies,taxonomy_terms,municipalities}.json in the layout of the real
benchmark catalogue (REAL_CATALOG_DIR, e.g. ../shared/data/catalog), with N services (default 100000) and about N/20
organisations. Everything is drawn from the real catalogue so that lengths and distributions look like it:

* taxonomies, terms and municipalities are copied as they are; the real organisations are kept (municipalities.json
  points to some of them) and the others are made up;
* names and descriptions (Finnish, English) come from word-level Markov chains trained on the real texts of the same
  kind, to a length drawn from the real ones: the same vocabulary and word frequencies, recombined;
* each taxonomy's classification of a service (stages, needs, industries - none meaning all -, markets - none meaning
  all -, sizes with their eligibility text, cost with its cost option and fee text) and its languages and service
  areas are copied from a randomly drawn real service, independently per taxonomy, so every taxonomy keeps the real
  frequencies and set sizes; a service of one municipality is moved to a random municipality of the region half of
  the time, so that all 22 are used;
* about 3 % of the services are inactive, with an alert (the real catalogue has 2 %).

Two runs with the same seed write the same files. Python 3.9+, standard library only. The output is test data for
benchmarks: it recombines the real catalogue's wording, so do not commit or publish it.
"""
import argparse
import bisect
import collections
import json
import os
import random
import re
import shutil
import sys
import uuid

LANG_NAMES = {"fi": "suomi", "sv": "ruotsi", "en": "englanti", "de": "saksa"}
ORDER = 2
MAX_SENTENCE_WORDS = 60
INACTIVE_SHARE = 0.03
ALERTS = [
    "Palvelu ei ole enää haettavissa tai sen nykytila on epävarma.",
    "Haku on päättynyt; palvelun jatkosta ei ole tietoa.",
    "Palvelu on tauolla, tarkista tilanne palveluntarjoajalta.",
]
SYLLABLES = ("ka", "la", "ri", "vo", "ne", "tu", "mi", "sa", "ko", "le", "pi", "ra", "va", "ti", "nu", "jä", "hä", "ke",
             "lo", "su", "ar", "vi", "ma", "ter", "kin", "hal", "sil", "ran", "mäen", "lan", "rin", "nen", "la", "ta")
ASCII = str.maketrans("äöå", "aoa")
ORG_FORMS = ("Oy", "Oy", "Oy", "ry", "Ky", "Osuuskunta", "Oy Ab", "säätiö")


class Chain:
    """A word-level Markov chain of a given order over sentences, with a sampled start and end."""

    def __init__(self, texts, order, rng, sentences=True):
        self.order = order
        self.rng = rng
        self.next = collections.defaultdict(list)
        for text in texts:
            for sentence in (split_sentences(text) if sentences else [text]):
                words = sentence.split()
                if not words:
                    continue
                state = (None,) * order
                for word in words + [None]:
                    self.next[state].append(word)
                    state = state[1:] + (word,)

    def sentence(self, max_words=MAX_SENTENCE_WORDS):
        state = (None,) * self.order
        words = []
        while len(words) < max_words:
            word = self.rng.choice(self.next[state])
            if word is None:
                break
            words.append(word)
            state = state[1:] + (word,)
        return " ".join(words)

    def text(self, target_chars):
        """Sentences until the text is about as long as the target (the nearer of just under or just over)."""
        out = self.sentence()
        while len(out) < target_chars:
            longer = out + " " + self.sentence()
            if abs(len(longer) - target_chars) > abs(len(out) - target_chars) and len(out) > target_chars * 0.6:
                break
            out = longer
        return out


def split_sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"(])", text) if s.strip()]


class Ids:
    """Random UUID v4s from the seeded generator, so that a run can be repeated."""

    def __init__(self, rng):
        self.rng = rng

    def __call__(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return json.load(f)


def translation(entity, code, terms_by_id):
    for a in entity.get("attributes", []):
        if terms_by_id.get(a.get("taxonomy_term_id"), {}).get("code") == code:
            return a.get("value")
    return None


def bounded(text, limit):
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("real")
    parser.add_argument("out")
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=None, help="default: services / 20")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    new_id = Ids(rng)

    terms = load(args.real, "taxonomy_terms.json")
    terms_by_id = {t["id"]: t for t in terms}
    term_id = {t["code"]: t["id"] for t in terms}
    real_orgs = load(args.real, "organizations.json")
    real_services = load(args.real, "services.json")
    municipalities = load(args.real, "municipalities.json")
    os.makedirs(args.out, exist_ok=True)
    for name in ("taxonomies.json", "taxonomy_terms.json", "municipalities.json"):
        shutil.copyfile(os.path.join(args.real, name), os.path.join(args.out, name))

    # Text models, one per kind of text.
    service_fi = Chain([s["description"] for s in real_services], ORDER, rng)
    service_en = Chain([translation(s, "translation:description.en", terms_by_id) or "" for s in real_services],
                       ORDER, rng)
    name_fi = Chain([s["name"] for s in real_services], 1, rng, sentences=False)
    name_en = Chain([s.get("alternate_name") or "" for s in real_services], 1, rng, sentences=False)
    org_fi = Chain([o["description"] for o in real_orgs], ORDER, rng)
    org_en = Chain([translation(o, "translation:description.en", terms_by_id) or "" for o in real_orgs], ORDER, rng)
    org_name = Chain([re.sub(r"\s*\(.*\)$", "", o["name"]) for o in real_orgs], 1, rng, sentences=False)
    desc_fi_lengths = [len(s["description"]) for s in real_services]
    desc_en_lengths = [len(translation(s, "translation:description.en", terms_by_id) or "") for s in real_services]
    name_fi_lengths = [len(s["name"]) for s in real_services]
    name_en_lengths = [len(s.get("alternate_name") or s["name"]) for s in real_services]
    org_desc_lengths = [len(o["description"]) for o in real_orgs]
    provider_types = [a["taxonomy_term_id"] for o in real_orgs for a in o["attributes"]
                      if a["link_type"] == "provider-type"]

    def short_text(chain, lengths, limit):
        target = rng.choice(lengths)
        text = chain.sentence(max_words=12)
        for _ in range(5):  # keep the one nearest the drawn length
            other = chain.sentence(max_words=12)
            if abs(len(other) - target) < abs(len(text) - target):
                text = other
        return bounded(text, limit)

    def proper_noun():
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4))))
        return word.capitalize()

    # Organisations: the real ones, then made-up ones.
    total_orgs = max(args.organisations or args.services // 20, len(real_orgs))
    organisations = list(real_orgs)
    for _ in range(total_orgs - len(real_orgs)):
        oid = new_id()
        base = org_name.sentence(max_words=6)
        name = rng.choice((f"{proper_noun()} {rng.choice(ORG_FORMS)}", f"{proper_noun()}n {base.lower()}",
                           f"{base} {proper_noun()}"))
        org = {"id": oid, "name": bounded(name, 200), "alternate_name": bounded(f"{proper_noun()} Ltd", 200),
               "description": org_fi.text(rng.choice(org_desc_lengths))}
        if rng.random() < 41 / 57:
            host = re.sub(r"[^a-z0-9]", "", name.split()[0].lower().translate(ASCII))
            org["website"] = f"https://{host}-{oid[:6]}.example.fi"
        org["attributes"] = [
            {"id": new_id(), "link_id": oid, "link_type": "provider-type", "link_entity": "organization",
             "taxonomy_term_id": rng.choice(provider_types)},
            {"id": new_id(), "link_id": oid, "link_type": "translation", "link_entity": "organization",
             "taxonomy_term_id": term_id["translation:description.en"],
             "value": org_en.text(rng.choice(org_desc_lengths) * 0.8)},
        ]
        organisations.append(org)
    # Few providers offer many services, many offer a few (the real catalogue: 1 to 12 per provider).
    weights = [rng.lognormvariate(0, 1) for _ in organisations]
    cumulative = []
    acc = 0.0
    for w in weights:
        acc += w
        cumulative.append(acc)

    def some_org():
        return organisations[bisect.bisect(cumulative, rng.random() * acc)]

    area_of = {m["area_uri"]: m for m in municipalities["municipalities"]}
    sub_region = {c: s["name_fi"] for s in municipalities["sub_regions"] for c in s["municipality_codes"]}

    def municipality_area(uri, sid):
        m = area_of[uri]
        return {"id": new_id(), "service_id": sid, "name": m["name_fi"],
                "description": f"Kunta {m['name_fi']} ({m['code']}), {sub_region.get(m['code'], 'Keski-Suomi')}.",
                "uri": uri}

    def attrs(real, link_type):
        return [a["taxonomy_term_id"] for a in real["attributes"] if a["link_type"] == link_type]

    with open(os.path.join(args.out, "organizations.json"), "w", encoding="utf-8") as f:
        write_array(f, organisations)

    inactive = 0
    with open(os.path.join(args.out, "services.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        for i in range(args.services):
            sid = new_id()
            org = some_org()
            status = "inactive" if rng.random() < INACTIVE_SHARE else "active"
            inactive += status == "inactive"
            sized = rng.choice(real_services)
            costed = rng.choice(real_services)
            service = {"id": sid, "organization_id": org["id"],
                       "name": short_text(name_fi, name_fi_lengths, 200),
                       "alternate_name": short_text(name_en, name_en_lengths, 200),
                       "description": service_fi.text(rng.choice(desc_fi_lengths))}
            if org.get("website") and rng.random() < 0.75:
                service["url"] = f"{org['website'].rstrip('/')}/palvelut/{sid[:8]}"
            service["status"] = status
            if status == "inactive":
                service["alert"] = rng.choice(ALERTS)
            service["eligibility_description"] = sized["eligibility_description"]
            service["fees_description"] = costed["fees_description"]
            service["assured_date"] = sized["assured_date"]
            service["last_modified"] = sized["last_modified"]
            areas = []
            for a in rng.choice(real_services)["service_areas"]:
                uri = a["uri"]
                if uri in area_of:
                    if rng.random() < 0.5:
                        uri = rng.choice(list(area_of))
                    areas.append(municipality_area(uri, sid))
                else:
                    areas.append({"id": new_id(), "service_id": sid, "name": a["name"],
                                  "description": a["description"], "uri": uri})
            service["service_areas"] = areas
            service["languages"] = [
                {"id": new_id(), "service_id": sid, "name": LANG_NAMES.get(l["code"], l.get("name")),
                 "code": l["code"]}
                for l in rng.choice(real_services)["languages"]]
            service["cost_options"] = [
                dict({k: v for k, v in c.items() if k not in ("id", "service_id")}, id=new_id(), service_id=sid)
                for c in costed["cost_options"]]
            classification = []
            for link_type, source in (("kv-stage", rng.choice(real_services)), ("kv-need", rng.choice(real_services)),
                                      ("industry", rng.choice(real_services)), ("market", rng.choice(real_services)),
                                      ("company-size", sized), ("cost", costed)):
                classification += [(link_type, t) for t in attrs(source, link_type)]
            service["attributes"] = [
                {"id": new_id(), "link_id": sid, "link_type": link_type, "link_entity": "service",
                 "taxonomy_term_id": t} for link_type, t in classification]
            service["attributes"].append(
                {"id": new_id(), "link_id": sid, "link_type": "translation", "link_entity": "service",
                 "taxonomy_term_id": term_id["translation:description.en"],
                 "value": service_en.text(rng.choice(desc_en_lengths))})
            f.write(("" if i == 0 else ",\n") + json.dumps(service, ensure_ascii=False, separators=(",", ":")))
        f.write("\n]\n")
    print(f"{args.out}: {args.services} services ({inactive} inactive), {len(organisations)} organisations",
          file=sys.stderr)


def write_array(f, items):
    f.write("[\n")
    f.write(",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in items))
    f.write("\n]\n")


if __name__ == "__main__":
    main()
