"""A synthetic news corpus for benchmarks: N articles with site chrome, many distinct actors,
quotations, reported speech and dates; the same seed gives the same files.

    python benchmarks/make_corpus.py --articles 1000 --seed 1 --out /tmp/corpus-1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "dor", "an", "bri", "cas", "el", "fin", "gar", "hol",
             "is", "jor", "kel", "lin", "mar", "nor", "os", "pel", "quin", "ros", "sten", "tul", "ur", "var", "wen"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "spokesperson", "Interior Minister", "General",
          "Mayor", "Governor"]
ORG_KINDS = ["Ministry of Trade", "National Bank", "Workers Union", "Red Cross", "Supreme Court", "Army",
             "Energy Company", "Port Authority"]
VERBS = ["said", "told reporters", "warned", "announced", "added", "stressed"]
EVENTS = ["met {b} in {city} on {day}", "hosted {b} for talks on {day}", "phoned {b} on {day}",
          "visited {city} on {date}", "signed a trade deal with {b} on {date}"]
CHROME_TOP = ["Skip to content", "Menu", "Sign up for our newsletter", "Advertisement"]
CHROME_BOTTOM = ["Share this article", "Leave a Reply", "Your email address will not be published.",
                 "Copyright 2024, {site}", "Related articles", "Comments"]
APPEAL = ["Your support helps us tell the story",
          "We are an independent newsroom and our reporters depend on readers like you.",
          "Your donation makes all the difference."]


def name(rng: random.Random, parts: int = 2) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


def make_world(rng: random.Random, size: int):
    people = [(name(rng), rng.choice(TITLES)) for _ in range(size)]
    places = [name(rng, 1) for _ in range(max(10, size // 5))]
    orgs = [f"{name(rng, 1)} {rng.choice(ORG_KINDS)}" for _ in range(max(10, size // 5))]
    sites = [f"{name(rng, 1)}News.com" for _ in range(20)]
    return people, places, orgs, sites


def article(rng: random.Random, world, i: int) -> str:
    people, places, orgs, sites = world
    site = rng.choice(sites)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
    cast = rng.sample(people, 4)
    city = rng.choice(places)
    org = rng.choice(orgs)
    (a, a_title), (b, b_title) = cast[0], cast[1]
    day = published - dt.timedelta(days=rng.randrange(1, 6))
    lines = rng.sample(CHROME_TOP, 2)
    lines += [f"{a.split()[-1]} and {b.split()[-1]} meet in {city} as talks resume", f"By {name(rng)}",
              published.strftime("%A %d %B %Y")]
    event = rng.choice(EVENTS).format(b=f"{b_title} {b}", city=city, day=day.strftime("%A"),
                                      date=day.strftime("%B %d"))
    lines.append(f"{a_title[0].upper() + a_title[1:]} {a} {event}, officials in {city} said.")
    for (p, title) in cast:
        verb = rng.choice(VERBS)
        n = rng.randint(2, 900)
        lines.append(f"\u201cWe will not accept a deal that costs {n} jobs in {city},\u201d {p.split()[-1]} {verb}.")
        lines.append(f"{title[0].upper() + title[1:]} {p} {verb} that the {org} would publish its figures by {rng.choice(['Friday', 'Monday'])}.")
    if rng.random() < 0.3:
        lines += APPEAL
    lines.append(f"According to the {org}, {rng.randint(3, 90)} people were injured in protests in {city} last week.")
    lines += [line.format(site=site) for line in rng.sample(CHROME_BOTTOM, 3)]
    return "\n\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    world = make_world(rng, max(50, args.articles // 2))
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.articles):
        (args.out / f"{i:05d}.txt").write_text(article(rng, world, i), encoding="utf-8")
    print(f"{args.articles} articles in {args.out}")


if __name__ == "__main__":
    main()
