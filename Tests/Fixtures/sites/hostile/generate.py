#!/usr/bin/env python3
"""Writes Tests/Fixtures/sites/hostile/content: XSS payloads in every text field of every kind.

    python3 Tests/Fixtures/sites/hostile/generate.py Tests/Fixtures/sites/hostile/content

The content is checked in; run this after changing a payload. Every payload calls okmXSS(id)
or alert(id), so the browser check (scripts/checks/hostile_pages.py) names the field whose
payload ran; HostileSiteTests (Tests/OKMBuildTests) checks the output files themselves and
puts javascript:/data: addresses (load errors) into a copy of this site.
"""
import os, sys, shutil
root = sys.argv[1]
shutil.rmtree(root, ignore_errors=True)

# Each payload calls okmXSS("<id>") (the check defines it) or alert(); the ids say which one ran.
def P(tag):
    return [
        f'<script>okmXSS("{tag}-script")</script>',
        f'"><svg onload=okmXSS("{tag}-svg")>',
        f"'><img src=x onerror=okmXSS('{tag}-img')>",
        f'</script><script>alert("{tag}-endscript")</script>',
        f'<svg><script>alert("{tag}-svgscript")</script></svg>',
        f'<a href="javascript:okmXSS(`{tag}-href`)">x</a>',
        f'--></style></title></textarea><img src=x onerror=alert("{tag}-break")>',
        '{{#t}}{{/t}}{{{t}}}{{> base}}{{=<% %>=}}',
        f'<iframe srcdoc="<script>parent.okmXSS(`{tag}-iframe`)</script>"></iframe>',
    ]

def text(tag, base=""):
    """One line of text with every payload, after an optional plain word (names must differ)."""
    return (base + " " if base else "") + " ".join(P(tag))

def q(s):
    """A YAML single-quoted scalar."""
    return "'" + s.replace("'", "''") + "'"

# Addresses that try to break out of their attribute (javascript:/data: addresses are load
# errors: HostileSiteTests puts them in a copy of this site and checks each one's error).
def url(tag):
    return q(f"https://example.org/?q=\"><script>okmXSS('{tag}-url')</script>&x='><svg onload=okmXSS('{tag}-url2')>")

def data_url(tag):
    return q(f"/protocols/\"><svg onload=okmXSS('{tag}-path')>")

BODY = r"""Текст преди.

<script>okmXSS("{tag}-body-script")</script>

<img src=x onerror=okmXSS("{tag}-body-img")>

Вграден <svg onload=okmXSS("{tag}-body-svg")> таг и <a href="javascript:okmXSS(1)">връзка</a>.

[връзка javascript](javascript:okmXSS("{tag}-body-link")) · [връзка JaVaScRiPt](JaVaScRiPt:okmXSS("{tag}-body-link2")) ·
[връзка data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) · [връзка vbscript](vbscript:msgbox(1)) ·
<javascript:okmXSS("{tag}-autolink")> · [ентити](&#106;avascript:okmXSS("{tag}-entity")) ·
[с интервал]( javascript:okmXSS("{tag}-space")) · [заглавие](https://example.org/ "\"><script>okmXSS('{tag}-title')</script>")

![картина](javascript:okmXSS("{tag}-body-image")) ![svg](data:image/svg+xml,<svg onload=okmXSS(1)>)

Текст като текст: \<script\>okmXSS("{tag}-escaped")\</script\>, \"\>\<svg onload=okmXSS("{tag}-q")\>, {{{{#t}}}}{{{{/t}}}}, </script> и <!-- коментар --> `<code><script>okmXSS("{tag}-code")</script></code>`.

## Заглавие <script>okmXSS("{tag}-heading")</script> \"\>\<img src=x onerror=okmXSS("{tag}-hq")\>

```html
<script>okmXSS("{tag}-fence")</script>
```
"""

files = {}
def add(path, front, body=""):
    files[path] = "---\n" + front.strip("\n") + "\n---\n" + body

# site.yml: every text, the menu's url, the accessibility statement.
files["site.yml"] = f"""title: {q(text('site-title', 'ОКМ враждебен'))}
description: {q(text('site-description'))}
base_url: https://okm.example.bg/
language: bg
menu:
  - {{ title: {q(text('menu-title', 'Протоколи'))}, url: /protocols/ }}
  - {{ title: {q(text('menu-js', 'Лошо'))}, url: {url('menu')} }}
  - {{ title: Данни, url: {data_url('menu')} }}
accessibility:
  status: partially-compliant
  prepared: 2026-01-15
  reviewed: 2026-11-23
  standard: {q(text('acc-standard'))}
  contact: {{ email: {q(text('acc-email'))}, phone: {q(text('acc-phone'))}, address: {q(text('acc-address'))} }}
  non_compliant:
    - {q(text('acc-noncompliant'))}
  disproportionate_burden:
    - {q(text('acc-burden'))}
  out_of_scope:
    - {q(text('acc-scope'))}
  enforcement: {{ title: {q(text('acc-enforcement'))}, url: {url('acc-enforcement')} }}
"""

ruse_short = text("region-short", "Русе")
add("regions/ruse.md", f"""
name: {q(text('region-name', 'Област Русе'))}
short: {q(ruse_short)}
aliases: [{q(text('region-alias', 'Русенско'))}]
summary: {q(text('region-summary'))}
tags: [{q(text('region-tag'))}]
mechanism:
  established: 2012-09-03
  order: {q(text('region-order'))}
  initiated_by: ndd
""", BODY.format(tag="region"))

# A region whose reference is written as a payload (it transliterates to this slug).
hostile_region_ref = '"><svg onload=okmXSS(1)>'
add("regions/drugа.md".replace("а", "a"), f"""
slug: {q(hostile_region_ref)}
name: {q(text('region2-name', 'Друга област'))}
""", "")

add("organizations/ndd.md", f"""
name: {q(text('org-name', 'Фондация НДД'))}
short: {q(text('org-short', 'НДД'))}
aliases: [{q(text('org-alias', 'Надежда и домове'))}]
kind: ngo
url: {url('org')}
summary: {q(text('org-summary'))}
tags: [{q(text('org-tag'))}]
source: {{ title: {q(text('org-source'))}, url: {data_url('org-source')} }}
""", BODY.format(tag="org"))

add("organizations/rdsp-ruse.md", f"""
name: {q(text('org2-name', 'РДСП Русе'))}
kind: directorate
region: {q(hostile_region_ref)}
parent: ndd
url: {q('https://example.org/"><script>okmXSS("org2-url")</script>')}
""", "")

add("people/ivan-petrov.md", f"""
name: {q(text('person-name', 'Иван Петров'))}
posts:
  - {{ title: {q(text('post-title', 'управител'))}, organization: ndd, from: 2013-06-01 }}
summary: {q(text('person-summary'))}
""", BODY.format(tag="person"))

add("people/maria-ivanova.md", f"""
name: {q(text('person2-name', 'Мария Иванова'))}
""", "")

add("institutions/ddlrg-test.md", f"""
name: {q(text('inst-name', 'Дом за деца Проба'))}
short: {q(text('inst-short', 'ДДЛРГ Проба'))}
aliases: [{q(text('inst-alias', 'Дома Проба'))}]
kind: ddlrg
region: ruse
municipality: {q(text('inst-municipality'))}
capacity: 40
summary: {q(text('inst-summary'))}
tags: [{q(text('inst-tag'))}]
timeline:
  - {{ date: 2012-01-01, status: operating, children: 30, note: {q(text('timeline-note'))} }}
  - {{ date: 2015-03-10, status: closure-planned, source: protocols/ruse-2015-03-10 }}
  - {{ date: 2016-01-01, status: closed, children: 0 }}
replaced_by: [tsnst-test]
images:
  - {{ src: {q('https://example.org/x.png"><script>okmXSS("img-src")</script>')}, alt: {q(text('inst-alt'))}, caption: {q(text('inst-caption'))} }}
""", BODY.format(tag="inst"))

add("services/tsnst-test.md", f"""
name: {q(text('svc-name', 'ЦНСТ Проба'))}
short: {q(text('svc-short', 'ЦНСТ'))}
aliases: [{q(text('svc-alias', 'Центъра Проба'))}]
kind: family-type-centre
region: ruse
provider: rdsp-ruse
opened: 2015-12-01
capacity: 14
replaces: [ddlrg-test]
summary: {q(text('svc-summary'))}
""", BODY.format(tag="svc"))

add("projects/proba.md", f"""
code: {q(text('proj-code'))}
name: {q(text('proj-name', 'Проект Проба'))}
short: {q(text('proj-short', 'Проба'))}
aliases: [{q(text('proj-alias', 'Проекта Проба'))}]
beneficiary: rdsp-ruse
partners: [ndd]
associates: [ndd]
programme: {q(text('proj-programme'))}
fund: {q(text('proj-fund'))}
start: 2014-01-01
end: 2015-12-31
summary: {q(text('proj-summary'))}
attachments:
  - {{ file: plan.pdf, title: {q(text('proj-attachment'))} }}
""", BODY.format(tag="proj"))

add("protocols/2015/ruse-2015-03-10.md", f"""
region: ruse
number: {q('3"><script>okmXSS("number")</script>')}
date: 2015-03-10
time: {q('10:00 ' + text('time'))}
place: {q(text('place'))}
approved_by: {{ person: ivan-petrov, post: {q(text('approved-post'))} }}
chair: ivan-petrov
attendees: [rdsp-ruse, ndd, maria-ivanova]
attendance_note: {q(text('attendance'))}
agenda:
  - title: {q(text('agenda-1', 'Закриване'))}
    reporters: [maria-ivanova]
    institutions: [ddlrg-test]
  - title: {q(text('agenda-2'))}
decisions:
  - text: {q(text('decision-1'))}
    agenda_item: 1
    responsible: [rdsp-ruse, ivan-petrov]
    due: 2015-06-30
    status: done
    closed_by: news/novina
  - text: {q(text('decision-2'))}
    agenda_item: 2
    responsible: [ndd]
    status: open
next_meeting: 2015-06-16
prepared_by: maria-ivanova
summary: {q(text('protocol-summary'))}
tags: [{q(text('protocol-tag'))}]
source: {{ title: {q(text('protocol-source'))}, url: {url('protocol-source')} }}
""", "## По т. 1\n\n" + BODY.format(tag="protocol") + "\n## По т. 2\n\nНищо.\n")

add("protocols/2015/ruse-2015-06-16.md", f"""
title: {q(text('protocol2-title', 'Протокол'))}
region: ruse
date: 2015-06-16
""", BODY.format(tag="protocol2"))

add("news/2015/novina.md", f"""
title: {q(text('news-title', 'Новина'))}
date: 2015-07-05
event_date: 2015-07-01
region: {q(hostile_region_ref)}
summary: {q(text('news-summary'))}
tags: [{q(text('news-tag'))}, {q('</script><script>okmXSS("news-tag2")</script>')}]
institutions: [ddlrg-test]
images:
  - {{ src: snimka.png, alt: {q(text('news-alt'))}, caption: {q(text('news-caption'))} }}
attachments:
  - {{ file: plan.pdf, title: {q(text('news-attachment'))} }}
source: {{ title: {q(text('news-source'))}, url: {data_url('news-source')} }}
""", BODY.format(tag="news") + "\nСпоменаване: Дом за деца Проба " + " ".join(P("inst-name")).replace("<", "\\<").replace(">", "\\>") + "\n")

add("events/2015/seminar.md", f"""
format: seminar
title: {q(text('event-title', 'Семинар'))}
date: 2015-04-02
time: {q('10:00 – 12:00 ' + text('event-time'))}
region: ruse
place: {q(text('event-place'))}
participants: 40
projects: [proba]
presenters:
  - {{ person: maria-ivanova, topic: {q(text('event-topic'))} }}
summary: {q(text('event-summary'))}
""", BODY.format(tag="event"))

add("pages/about.md", f"""
title: {q(text('page-title', 'За сайта'))}
weight: 1
date: 2015-01-01
region: ruse
summary: {q(text('page-summary'))}
tags: [{q(text('page-tag'))}]
""", BODY.format(tag="page"))

for path, body in files.items():
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(body)
# Binary files the records name.
png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
for p in ("news/2015/snimka.png",):
    open(os.path.join(root, p), "wb").write(png)
for p in ("news/2015/plan.pdf", "projects/plan.pdf"):
    open(os.path.join(root, p), "wb").write(b"%PDF-1.4\n%okm test\n")
print("written", len(files) + 3, "files")
