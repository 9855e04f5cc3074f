"""The cleaner reads a whole page (issue 16): the story as one run among the page's chrome, in any
script, the headline above it, and the article's metadata from its dateline, byline and footer.
Every page here is made up; each test is one rule a reader relies on."""
import pytest

from generator.clean import clean_article
from generator.clean.metadata import byline_author, copyright_holder, date_in_line, dateline, year_for
from tests.conftest import make_article, make_doc

STORY = [
    "The mayor of Riverton announced on Monday that the bridge would reopen next month.",
    "\u201cWe have waited long enough,\u201d said Maria Lopez, who runs a bakery near the river.",
    "Officials said repairs cost $4.2 million, more than twice the first estimate.",
    "The bridge carried 12,000 vehicles a day before it was closed in 2022 after cracks were found.",
    "Engineers replaced the steel cables and strengthened the piers, the city's transport office said.",
]
MENU = ["Home", "News", "Local", "Business", "Sport", "Weather", "Opinion", "Video", "Newsletters", "Subscribe"]
FOOTER = ["About us", "Contact", "Privacy Policy", "Terms of Use", "\u00a9 2024 Riverton Media Group"]


def body(article):
    return [p.text for p in article.body]


def assert_chrome_inside_the_story(chrome):
    """Lines of chrome between the story's second and third paragraphs are removed, the story kept whole."""
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:2], *chrome,
             *STORY[2:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert set(chrome) <= {r.text for r in article.removed}


def test_a_story_between_a_menu_and_a_footer_is_kept_whole_and_alone():
    article = make_article("\n".join([*MENU, "Bridge to reopen after two years of repairs", "By Jane Okafor",
                                      "June 3, 2024", *STORY, *FOOTER]))
    assert body(article) == STORY
    assert article.title == "Bridge to reopen after two years of repairs"
    assert {r.text for r in article.removed} >= set(MENU) | set(FOOTER)
    assert all(r.reason for r in article.removed)


def test_a_clean_text_with_no_chrome_at_all_is_kept_whole():
    # a user's own Markdown or copied text: nothing to remove, the last paragraph included
    article = make_article("\n".join(["Bridge to reopen after two years of repairs", *STORY]))
    assert body(article) == STORY
    assert article.removed == []


def test_a_label_repeated_between_paragraphs_does_not_part_the_story():
    lines = ["Bridge to reopen after two years of repairs"]
    for sentence in STORY:
        lines += [sentence, "Article continues below"]
    article = make_article("\n".join([*MENU, *lines, *FOOTER]))
    assert body(article) == STORY
    assert any(r.text == "Article continues below" and "repeated" in r.reason for r in article.removed)


def test_the_links_after_a_read_also_label_are_not_story():
    lines = [*MENU, "Bridge to reopen after two years of repairs", STORY[0], STORY[1], "Read also",
             "Mayor faces questions over bridge budget", "River levels to be watched all winter", *STORY[2:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    reasons = {r.text: r.reason for r in article.removed}
    assert "after a label" in reasons["Mayor faces questions over bridge budget"]


def test_a_pager_a_gallery_counter_and_previous_next_links_are_chrome():
    lines = [*MENU, "Bridge to reopen after two years of repairs", "1 / 13", *STORY, "2 pages in this article",
             "Previous articleCouncil votes on budget", "Next articleSchools reopen", *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert {"1 / 13", "2 pages in this article", "Previous articleCouncil votes on budget"} <= \
        {r.text for r in article.removed}


def test_the_headline_shown_again_cut_short_is_chrome_and_the_whole_one_is_the_title():
    lines = [*MENU, "Bridge to reopen after two years…", "Bridge to reopen after two years of repairs", *STORY]
    article = make_article("\n".join(lines))
    assert article.title == "Bridge to reopen after two years of repairs"
    assert "Bridge to reopen after two years…" not in body(article)


def test_captions_in_the_story_are_metadata_not_body():
    lines = [*MENU, "Bridge to reopen after two years of repairs", *STORY[:2],
             "Workers on the bridge on Tuesday, May 14, 2024. Photo: Lee Tran/Riverton Times", *STORY[2:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert any(m.kind == "caption" and "Lee Tran" in m.text for m in article.metadata)


@pytest.mark.parametrize("credit", ["Photographer: Lee Tran for Riverton Times",
                                    "修理が終わった橋を渡る車＝3日、川東市で（代表撮影）"])
def test_a_photographer_s_credit_is_a_caption_in_any_language(credit):
    from generator.clean.headline import CAPTION

    assert CAPTION.search(credit)
    for sentence in ("The photographer said the bridge had been closed since 2022.",
                     "橋を舞台にした映画（東京で撮影）は来月公開される予定だ。", "以这座桥为背景的电影（2019年拍摄）获得金奖。"):
        assert not CAPTION.search(sentence)


@pytest.mark.parametrize("share", ["이메일에 공유하기 카카오톡에 공유하기", "メールでシェアする", "分享到微信"])
def test_share_buttons_in_korean_japanese_and_chinese_are_chrome(share):
    from generator.clean.chrome import call_to_action

    assert call_to_action(share) == "share buttons"


@pytest.mark.parametrize("sentence", ["한미, 다리 안전 정보 공유하기로 합의", "政府は情報をシェアする方針だ", "他把经验分享到网上",
                                      "Tesla loses market share on weak China sales"])
def test_a_sentence_about_sharing_is_no_share_button(sentence):
    from generator.clean.chrome import call_to_action

    assert call_to_action(sentence) is None


def test_a_video_player_s_notice_and_a_sign_up_form_s_consent_boxes_are_chrome_inside_the_story():
    notices = ["We apologize, but this video has failed to load.", "Try refreshing your browser, or",
               "tap here to see other videos from our team.", "Contact me with news and offers from other brands",
               "Receive email from us on behalf of our trusted partners or sponsors"]
    assert_chrome_inside_the_story(notices)


@pytest.mark.parametrize("sentence", ["The video failed to capture the moment the bridge cracked, engineers said.",
                                      "The company e-mails its customers news and offers each week, the report said."])
def test_a_sentence_about_a_video_or_offers_is_no_notice(sentence):
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:2], sentence,
             *STORY[2:], *FOOTER]
    assert sentence in body(make_article("\n".join(lines)))


def test_a_list_item_in_a_script_without_spaces_is_no_headline():
    from generator.clean.headline import find_headline

    story = ["東京都は月曜日、橋が来月再び開通すると発表した。", "修理費用は当初の見積もりの二倍を超えたと市の担当者は述べた。",
             "橋には一日一万二千台の車が通っていた。"]
    lines = ["ホーム", "ニュース", "* 都知事選の結果が明日発表される見通し", "東京の橋、二年ぶりに開通へ", *story]
    found = find_headline(lines, [line in story for line in lines], [line in ("ホーム", "ニュース") for line in lines],
                          frozenset(), {"earliest": 5.0, "shared": 1.0})
    assert found[1] == "東京の橋、二年ぶりに開通へ"


def test_a_page_in_a_script_without_capitals_keeps_its_story():
    story = ["서울시는 월요일 새 다리가 다음 달에 다시 열린다고 발표했다.",
             "시 관계자는 수리 비용이 처음 예상의 두 배가 넘는 42억 원이 들었다고 말했다.",
             "다리는 하루 1만 2천 대의 차량이 지나다녔으며 2022년 균열이 발견된 뒤 폐쇄됐다.",
             "기술자들은 강철 케이블을 교체하고 교각을 보강했다고 교통국이 밝혔다."]
    article = make_article("\n".join(["홈", "뉴스", "정치", "경제", "서울 다리 2년 만에 다시 열린다", *story,
                                      "Copyright \u00a9 2024 Seoul Daily. All rights reserved."]))
    assert body(article) == story
    assert article.title == "서울 다리 2년 만에 다시 열린다"


def test_a_standfirst_opens_the_story_and_a_byline_and_date_are_metadata():
    lines = [*MENU, "Bridge to reopen after two years of repairs",
             "The city says the crossing will carry traffic again from July, a month earlier than planned.",
             "By Jane Okafor", "Published: 3 June 2024", *STORY]
    article = make_article("\n".join(lines))
    assert body(article) == [lines[len(MENU) + 1], *STORY]
    assert article.author == "Jane Okafor"
    assert article.published == "2024-06-03"


# ---------------------------------------------------------------- metadata

def test_a_wire_dateline_gives_publisher_and_date():
    article = make_article("\n".join([*MENU, "Bridge to reopen after two years of repairs",
                                      "RIVERTON, June 3, 2024 (Reuters) - " + STORY[0], *STORY[1:]]))
    assert article.publisher == "Reuters"
    assert article.published == "2024-06-03"
    assert body(article)[0].startswith("RIVERTON, June 3, 2024 (Reuters) - ")  # the dateline stays in the text


def test_a_dateline_without_a_year_takes_it_from_the_page_and_the_weekday():
    text = "Jan 14 (Agency) - The council on Thursday approved the budget for 2021, its clerk said."
    found = dateline(text)
    assert (found["month"], found["day"], found["agency"]) == (1, 14, "Agency")
    # 14 January was a Thursday in 2021 (not in 2020 or 2022)
    assert year_for(1, 14, 3, [2019, 2020, 2021]) == 2021
    article = make_article("\n".join([*MENU, "Council approves budget", text, *STORY]))
    assert article.published == "2021-01-14"
    assert "the year" in article.published_basis


def test_the_date_line_of_the_article_wins_over_the_sites_date_in_its_header():
    lines = ["Thursday, March 23, 2023", *MENU, "Bridge to reopen after two years of repairs",
             "By Agency Updated: Jun 28, 2018 11:45 pm", "Riverton, June 27 (AGY): " + STORY[0], *STORY[1:]]
    article = make_article("\n".join(lines))
    assert article.published == "2018-06-27"


def test_wire_services_in_bylines_are_the_publisher_never_a_photo_credit():
    lines = [*MENU, "Bridge to reopen after two years of repairs", "\u00a9 Lee Tran/AFP",
             "Jane Okafor Reuters", *STORY]
    article = make_article("\n".join(lines))
    assert article.publisher == "Reuters"
    assert article.author == "Jane Okafor"


def test_date_lines_in_many_forms_and_languages():
    assert date_in_line("Updated: Jun 28, 2018 11:45 pm", "English") == "2018-06-28"
    assert date_in_line("09:31 August 20, 2019", "English") == "2019-08-20"      # the time is not the day
    assert date_in_line("01/14/2021", "English") == "2021-01-14"
    assert date_in_line("08.04.2015, 17:26 Uhr", "German") == "2015-04-08"
    assert date_in_line("torsdag 8 januari 2026", "Swedish") == "2026-01-08"
    assert date_in_line("2012年12月10日 10:41", None) == "2012-12-10"
    assert date_in_line("Page 3 of 10", "English") is None


def test_bylines_in_many_forms():
    assert byline_author("By Jane Okafor and Tom Reyes | Agency") == "Jane Okafor and Tom Reyes"
    assert byline_author("Von Anna Schmidt 28.04.2023, 18:11 Uhr") == "Anna Schmidt"
    assert byline_author("by Jane Okafor @jokafor February 1, 2016") == "Jane Okafor"
    assert byline_author("Jane Okafor - Apr 16, 2015 8:02 pm UTC") == "Jane Okafor"
    assert byline_author("By PTI") is None


@pytest.mark.parametrize("line, name", [
    ("Von Anna Schmidt, Redakteurin für Finanzen", "Anna Schmidt"),
    ("By Jane Okafor, Riverton", "Jane Okafor"),
    ("By Jane Okafor, Tom Reyes and Lee Tran, Agency", "Jane Okafor, Tom Reyes and Lee Tran"),
    ("By Jane Okafor, Senior Staff Writer, Riverton Digital Rights Project", "Jane Okafor"),
    ("Jane Okafor, Tom Reyes (Special envoy)", "Jane Okafor, Tom Reyes"),
    ("Jane OkaforPublished Jul 17, 2024, 11:21am", "Jane Okafor"),
    ("Anna Schmidt24.04.2024, 19:35 Uhr", "Anna Schmidt"),
    ("Jane Okafor Jane Okafor", "Jane Okafor"),
    # a name that begins like a month, or is one, is no date ('Martel', 'Mayer', 'May')
    ("By Anna Martel", "Anna Martel"),
    ("Jane Mayer Mar. 3, 2020", "Jane Mayer"),
    ("By Theresa May", "Theresa May"),
    ("Jane Okafor May 3, 2021", "Jane Okafor"),
    # a weekday before a date is no part of a name, but a name may be a weekday's
    ("Jane Okafor Monday, February 29, 2016 @ 11:10 PM UTC", "Jane Okafor"),
    ("Actualizado Lunes, 2 diciembre 2024 - 02:24", None),
    ("By Sunday Oliseh", "Sunday Oliseh"),
    ("By Plácido Domingo", "Plácido Domingo"),
    ("By Ana Domingo, Manila", "Ana Domingo"),
    ("By Oluwaseun Sunday, Abuja", "Oluwaseun Sunday"),
    # a list of writers before their job
    ("By Jane Roe, Tom Page, Staff Writers", "Jane Roe, Tom Page"),
    # a wire service after its writer's name, or before its dateline's place
    ("Jane Okafor Reuters", "Jane Okafor"),
    ("Press Trust of India New Delhi", None),
    ("AFP, MANILA", None),
])
def test_bylines_with_a_job_a_place_a_date_or_a_weekday(line, name):
    assert byline_author(line) == name


@pytest.mark.parametrize("buttons", ["Download PDF", "Share Article", "Teilen Merken Drucken", "Hide Caption"])
def test_buttons_in_title_case_are_no_author(buttons):
    assert byline_author(buttons) is None
    lines = [*MENU, "Riverton bridge to reopen next month", buttons, "June 3, 2024", *STORY, *FOOTER]
    assert make_article("\n".join(lines)).author is None


@pytest.mark.parametrize("where", ["above the headline", "as a list item", "under the opening", "at the foot"])
def test_a_byline_outside_the_head_of_the_article_names_its_author(where):
    headline = "Riverton bridge to reopen next month"
    if where == "above the headline":
        lines = [*MENU, "By Jane Okafor", headline, "June 3, 2024", *STORY, *FOOTER]
    elif where == "as a list item":
        lines = [*MENU, headline, "June 3, 2024", "* Share", "* By Jane Okafor", *STORY, *FOOTER]
    elif where == "under the opening":
        lines = [*MENU, headline, "June 3, 2024", STORY[0], "Jane Okafor | Published 15 hours ago", *STORY[1:], *FOOTER]
    else:
        lines = [*MENU, headline, "June 3, 2024", *STORY, "Von Jane Okafor, Redakteurin", *FOOTER]
    article = make_article("\n".join(lines))
    assert article.author == "Jane Okafor"
    # the byline's line is the article's metadata, neither story nor chrome
    byline = next(line for line in lines if "Jane Okafor" in line)
    assert byline in {m.text for m in article.metadata}
    assert byline not in body(article) and byline not in {r.text for r in article.removed}


@pytest.mark.parametrize("line", ["New York, March 3, 2024", "Breaking News 2 hours ago", "Reading Time 4 min",
                                  "Riverton Times 3 March 2024"])
def test_a_place_a_label_or_the_site_before_a_date_is_no_author(line):
    # words the story uses in lower case ('new', 'news', 'time', 'times') are no name's
    story = [*STORY, "The new deck will carry heavy trucks, the council said in a statement on Monday.",
             "Local news sites said it was the first time the bridge closed in winter, three times in all."]
    lines = [*MENU, "Riverton bridge to reopen next month", line, *story, *FOOTER]
    assert make_article("\n".join(lines)).author is None


def test_a_byline_the_page_shows_twice_is_metadata_once_and_no_line_is_lost():
    byline = "Jane Okafor | Published 15 hours ago"
    lines = [*MENU, byline, "Riverton bridge to reopen next month", *STORY, byline, *FOOTER]
    article = make_article("\n".join(lines))
    assert article.author == "Jane Okafor"
    kept = body(article) + [r.text for r in article.removed] + [m.text for m in article.metadata]
    assert sorted(kept) == sorted(lines[:len(MENU) + 1] + lines[len(MENU) + 2:])


def test_dates_and_names_in_teasers_or_comments_after_the_story_are_not_the_article_s():
    lines = [*MENU, "Riverton bridge to reopen next month", *STORY, "Related", "Council votes on the budget",
             "John Smith March 3, 2021", "12 March 2019", "Comments", "Mary Major", "March 3, 2021 at 10:02 am", *FOOTER]
    article = make_article("\n".join(lines))
    assert article.author is None and article.published is None


def test_a_teaser_above_the_headline_that_looks_like_a_byline_stays_removed():
    teaser = "Von der Leyen visits Kyiv"
    lines = [*MENU, teaser, "Riverton bridge to reopen next month", "June 3, 2024", *STORY, *FOOTER]
    article = make_article("\n".join(lines))
    assert teaser in {r.text for r in article.removed} and teaser not in {m.text for m in article.metadata}


def test_a_name_far_from_the_article_is_not_its_author():
    # another story's byline in a list of teasers after the story
    lines = [*MENU, "Riverton bridge to reopen next month", "June 3, 2024", *STORY, "More news",
             "Schools reopen after the storm", "Council votes on the budget", "Riverton FC win the cup",
             "Library to open on Sundays", "By Tom Reyes", *FOOTER]
    assert make_article("\n".join(lines)).author is None


@pytest.mark.parametrize("where", ["under the headline", "past the share buttons", "at the foot"])
def test_a_date_line_in_another_language_or_outside_the_head_dates_the_article(where):
    headline = "Riverton bridge to reopen next month"
    if where == "under the headline":
        lines = [*MENU, headline, "28. April 2023, 19:50 Uhr", *STORY, *FOOTER]
    elif where == "past the share buttons":
        lines = [*MENU, headline, "Share", "Facebook", "Twitter", "Copy link", "Print", "Stand: 28. April 2023, 05:00 Uhr",
                 *STORY, *FOOTER]
    else:
        lines = [*MENU, headline, *STORY, "Publiziert 28. April 2023, 12:17", *FOOTER]
    article = make_article("\n".join(lines))
    assert article.published == "2023-04-28"
    date_line = next(line for line in lines if "2023" in line)
    assert date_line in {m.text for m in article.metadata} and date_line not in body(article)
    assert date_line in article.published_basis


def test_a_caption_that_ends_with_a_date_does_not_date_the_article():
    lines = [*MENU, "Riverton bridge to reopen next month", *STORY[:2],
             "Workers on the old bridge over the Riverton river in winter, 24. April 2023", *STORY[2:], *FOOTER]
    assert make_article("\n".join(lines)).published is None


def test_the_day_an_article_was_published_comes_before_the_day_it_was_updated():
    from generator.clean.metadata import date_near

    assert date_near(["Updated: 5 June 2024", "Published: 3 June 2024"], "English") == (1, "2024-06-03")
    assert date_near(["Updated: 5 June 2024", "Schools reopen after the storm"], "English") == (0, "2024-06-05")


def test_the_copyright_holder_without_years_rights_or_legal_form():
    assert copyright_holder("\u00a9 2016 Riverton.com") == "Riverton.com"
    assert copyright_holder("Copyright \u00a9 2015 Riverton Media Inc. All rights reserved.") == "Riverton Media"
    assert copyright_holder("\u00a9 Riverton Star, a Big Media plc subsidiary") == "Riverton Star"
    assert copyright_holder("\u00a9 RIPRODUZIONE RISERVATA") is None


@pytest.mark.parametrize("label", ["Comentar", "12 Kommentare", "Commentaires (4)", "Komentáře"])
def test_readers_comments_begin_at_their_label_in_other_languages(label):
    from generator.clean import story

    thread = ["pepedelacalle", "Vaya comportamiento tan poco ejemplar del alcalde, defiende lo indefendible.",
              "angelcaido", "Muy independiente no se muestra el alcalde, consultando con el jefe cada paso."]
    lines = ["Riverton bridge to reopen next month", *STORY, label, *thread]
    reading = story.read_page(lines, {})
    after = [row and row["after_comments"] for row in reading.rows]
    assert after[:1 + len(STORY)] == [0.0] * (1 + len(STORY)) and after[-len(thread):] == [1.0] * len(thread)


@pytest.mark.parametrize("line, holder", [
    # named before the sign
    ("Riverton Daily \u00a9 2026", "Riverton Daily"),
    ("Riverton Daily \u00a9 All rights reserved", "Riverton Daily"),
    ("Riverton.example \u00a9 Copyright 2024. All rights reserved.", "Riverton.example"),
    ("Photo: \u00a9 2024", None),  # a photo's label, a menu, a button are no holder
    ("About us | Contact | \u00a9 2024", None),
    ("Back to top \u00a9 2024", None),
    # legal forms in other languages
    ("\u00a9 2024 Riverton Verlag GmbH & Co. KG", "Riverton Verlag"),
    ("\u00a9 Riverton Verlagsgesellschaft m.b.H", "Riverton"),
    ("\u00a9 The Walt Disney Company", "The Walt Disney Company"),  # 'Company' may be part of the name
    ("\u00a9 Gruppo Riverton S.p.a", "Gruppo Riverton"),
    ("\u00a9 Marks & Spencer", "Marks & Spencer"),
])
def test_the_copyright_holder_before_the_sign_and_without_a_legal_form(line, holder):
    assert copyright_holder(line) == holder


def test_the_original_address_comes_from_front_matter():
    doc = make_doc("Bridge to reopen after two years of repairs\n" + "\n".join(STORY), "a.md",
                   front_matter={"url": "https://example.org/news/bridge"})
    article = clean_article(doc, "a")
    assert article.address == "https://example.org/news/bridge"


def test_a_headline_the_page_shows_three_times_is_still_the_title():
    # the title bar, the share links and a 'most read' list all repeat a short headline
    headline = "Bridge to reopen next month"
    lines = [*MENU, headline, "By Jane Okafor", "June 3, 2024", *STORY, "Share this article", headline,
             "Most read", headline, "Schools reopen after the storm", *FOOTER]
    article = make_article("\n".join(lines))
    assert article.title == headline
    assert body(article) == STORY


def test_the_headline_is_the_line_over_the_byline_and_date_not_a_teaser_above_it():
    # both lines share the story's words; a page sets its headline over the article's byline and date
    lines = [*MENU, "Mayor of Riverton says bridge repairs cost twice the first estimate", "Riverton Times",
             "Local news", "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    article = make_article("\n".join(lines))
    assert article.title == "Riverton bridge to reopen next month"


def test_a_byline_may_put_a_colon_after_by():
    assert byline_author("By: Jane Okafor") == "Jane Okafor"
    assert byline_author("Von: Anna Schmidt") == "Anna Schmidt"


@pytest.mark.parametrize("line_under", [
    "Publisert torsdag 09. mai 2024 - 13:26", "Veröffentlicht am 13. Mai 2024 um 15:44",  # a date line
    "Jane Okafor Become a fan jane.okafor@riverton-times.example",  # an author box
    "Local / 6 h ago",  # a section and how long ago
])
def test_a_date_line_an_author_box_or_how_long_ago_under_the_headline_is_never_the_headline(line_under):
    from generator.clean.headline import _not_a_headline

    article = make_article("\n".join([*MENU, "Bridge to reopen after two years", line_under, *STORY, *FOOTER]))
    assert article.title == "Bridge to reopen after two years"
    assert body(article) == STORY
    assert _not_a_headline(line_under)


@pytest.mark.parametrize("headline", ["Ceasefire agreed on 3 June 2024", "Brexit day: 31 January 2020",
                                      "Police warn of fake help@bank-support.example emails",
                                      "Quake struck 2 hours ago"])
def test_a_headline_may_give_a_date_an_address_or_how_long_ago_in_its_sentence(headline):
    from generator.clean.headline import _not_a_headline

    assert not _not_a_headline(headline)


def test_an_ad_slot_label_with_its_instruction_and_a_sharing_label_are_chrome():
    lines = [*MENU, "Bridge to reopen after two years of repairs", "Social Sharing", *STORY[:2],
             "Advertisement · Scroll to continue", *STORY[2:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert {"Social Sharing", "Advertisement · Scroll to continue"} <= {r.text for r in article.removed}


def test_a_headline_over_its_byline_and_date_is_found_above_a_long_video_playlist():
    playlist = [f"Clip {n}: highlights from the council meeting on roads" for n in range(1, 46)]
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *playlist,
             *STORY, *FOOTER]
    assert make_article("\n".join(lines)).title == "Riverton bridge to reopen next month"


def test_an_ad_label_needs_its_instruction_so_a_subheading_about_advertising_stays():
    from generator.clean.chrome import certain_chrome

    assert certain_chrome("Advertisement - Story continues below") is not None
    assert certain_chrome("Anzeige - Weiterlesen") is not None
    for subheading in ("Advertising: spending continues to fall", "Advertising: revenue below forecast",
                       "Advertising: spending fell 5% last year"):
        assert certain_chrome(subheading) is None



# weights under which the model prefers the shortest line that shares the story's words: it ranks a kicker
# (the topic of a few words over a headline) first, as the trained model does on some pages
SHORT_FIRST = {"shared": 4.0, "length": -1.0}


def headline_of(lines, weights):
    from generator.clean.headline import find_headline

    story = [line in STORY for line in lines]
    removed = [line in MENU or line in FOOTER for line in lines]
    found = find_headline(lines, story, removed, frozenset({"the", "to", "of", "in", "after", "on", "a"}), weights)
    return found and found[1]


@pytest.mark.parametrize("kicker", ["Riverton bridge", "Bridge works 2024", "Transport in Riverton"])
def test_the_headline_under_a_kicker_is_the_title_not_the_kicker(kicker):
    headline = "Riverton bridge to reopen next month after repairs cost twice the estimate"
    lines = [*MENU, kicker, headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == headline


@pytest.mark.parametrize("headline", ["Will the Riverton bridge reopen before the winter storms arrive?",
                                      "Mayor asks: ‘Who will pay for the Riverton bridge?’"])
def test_the_headline_under_a_kicker_may_ask_a_question(headline):
    lines = [*MENU, "Riverton bridge", headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == headline


def test_the_headline_under_a_stack_of_topic_labels_is_the_title_not_the_first_label():
    headline = "Riverton bridge to reopen next month after repairs cost twice the estimate"
    lines = [*MENU, "Riverton bridge", "Elections 2024", "Transport", headline, "By Jane Okafor", "June 3, 2024",
             *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == headline


def test_a_short_headline_over_its_byline_and_date_is_not_taken_for_a_kicker():
    standfirst = "Commuters welcome the end of a six-month closure after repairs"
    lines = [*MENU, "Bridge reopens", "By Jane Okafor", "June 3, 2024", standfirst, *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == "Bridge reopens"


def test_a_short_headline_under_a_kicker_is_not_passed_over_for_a_sentence_below_a_stack():
    # a line that ends as a sentence is a summary, however many labels stand over it
    summary = "The bridge will carry traffic again from July, the council said on Monday."
    lines = [*MENU, "Riverton bridge", "Transport", summary, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == "Riverton bridge"


def ranked_title(headline, *under):
    """The headline found over a byline, a date and the lines ``under`` (nearer the story), by weights that favour
    the line nearest the story (a line above it, so that the headline is ranked, not taken as the page's first)."""
    lines = [*MENU, "Today's paper", headline, "By Jane Okafor", "June 3, 2024", *under, *STORY, *FOOTER]
    return headline_of(lines, {"distance": -2.0, "shared": 1.0, "story": -9.0})


@pytest.mark.parametrize("under", [
    # a tag in lower case
    ("More on:", "bridge repairs riverton"), ("More on:", "‘great white sharks’"),
    # a line closed by a link's button
    ("Riverton Christmas sale: bridge tours half price Shop now",),
    ("Jobs fall in 29 states as the recovery slows during... Read More",),
    ("Riverton Times is part of Example Media. Example Media is responsible for your data. Les mer",),
    # an item of a list of dated links
    ("08/01/2014 Riverton mayor opens the new library downtown after two years of building work",),
])
def test_a_tag_a_line_closed_by_a_link_s_button_or_a_dated_link_is_never_the_headline(under):
    assert ranked_title("Riverton bridge to reopen next month", *under) == "Riverton bridge to reopen next month"


@pytest.mark.parametrize("headline", [
    # opening with a brand, a digit or an accented capital
    "iPhone sales in Riverton fall for the first time", "eBay opens a Riverton office", "3 bridges in Riverton to reopen",
    "Zürich bridge to reopen next month", "'s-Hertogenbosch bridge to reopen next month",
    # ending in words a button also uses
    "Why Riverton should read more", "The best bridges to shop now", "Why Riverton Should Read More",
    "Bridge Engineers Want to Learn More", "Riverton Bridge Tours You Can Shop Now",
])
def test_a_headline_may_open_with_a_brand_or_a_digit_and_end_in_a_button_s_words(headline):
    assert ranked_title(headline) == headline


def test_only_a_script_with_capitals_opens_a_headline_with_one():
    from generator.clean.headline import _lower_start

    assert _lower_start("great white sharks") and _lower_start("новости дня")
    # Georgian has no capitals, though Python upper-cases its letters all the same
    assert not _lower_start("რივერტონის ხიდი მომავალ თვეში გაიხსნება")


def test_a_menu_set_apart_by_separators_is_never_the_headline():
    headline = "Riverton bridge to reopen next month"
    menu = "Trending: Bridge works // Riverton FC // Council elections // Weather"
    lines = [*MENU, menu, headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == headline
    # a page's title bar ('Headline | Section | Site') still offers its parts
    bar = f"{headline} | Local | News | Riverton Times"
    lines = [*MENU, "Today's paper", bar, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"shared": 3.0, "length": 1.0}) == headline


def test_a_run_of_tags_without_function_words_is_marked_for_the_headline_model():
    from generator.clean.headline import candidates

    tags = "BRIDGES RIVERTON TRAVEL COUNCIL REPAIRS HISTORIC CROSSINGS ENGINEERING"
    headline = "Riverton bridge to reopen next month after two years of repairs"
    lines = [*MENU, headline, tags, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    story = [line in STORY for line in lines]
    removed = [line in MENU or line in FOOTER for line in lines]
    found = {text: feats for _, text, feats in
             candidates(lines, story, removed, frozenset({"the", "to", "of", "in", "after", "on", "a"}))}
    assert found[tags]["stopless"] == 1.0 and found[headline]["stopless"] == 0.0
    # a page in a language without a stoplist marks nothing
    assert all(feats["stopless"] == 0.0 for _, _, feats in candidates(lines, story, removed, frozenset()))


def test_a_headline_in_title_case_is_no_summary_for_the_shorter_line_above_to_head():
    # the shorter line right above the model's choice heads a summary sentence, never a headline in title case
    above = "Riverton Business Advisor Weekly Insights"
    weights = {"shared": 2.0, "distance": -1.0, "story": -9.0}
    headline = "Why The Riverton Bridge Will Reopen Next Month After Costly Repairs"
    lines = [*MENU, "Today's paper", above, headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, weights) == headline
    summary = "Why the Riverton bridge will reopen next month after costly repairs"
    lines[lines.index(headline)] = summary
    assert headline_of(lines, weights) == above


@pytest.mark.parametrize("line, caption", [
    ("Jane Okafor on the old bridge after the repairs began in 2023. Tom Reyes", True),
    ("The new deck of the Riverton bridge was lifted into place last week. Riverton Bridge Authority", True),
    # an abbreviation before a name, a question before a phrase: headlines
    ("An Insider's View of the Riverton Council's Vote on Rep. Jane Okafor", False),
    ("Riverton bridge: will it reopen? Council Decides", False),
])
def test_a_caption_closed_by_its_photographer_s_name_is_marked_for_the_headline_model(line, caption):
    from generator.clean.headline import candidates

    lines = [*MENU, "Riverton bridge to reopen next month", line, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    story = [text in STORY for text in lines]
    removed = [text in MENU or text in FOOTER for text in lines]
    found = {text: feats for _, text, feats in candidates(lines, story, removed, frozenset({"the", "of", "on"}))}
    assert found[line]["caption"] == float(caption)


def test_a_menu_glued_into_one_word_is_never_the_headline():
    # a page saved as text may run its menu's items together; the model may favour the first line over
    # the story ('earliest'), but a glued menu is no candidate
    headline = "Riverton bridge to reopen next month"
    glued = "HomeNewsLocal BusinessSportWeather Opinion & Video Privacy Policy and Terms"
    lines = [*MENU, glued, headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == headline


def test_the_line_a_trail_of_sections_ends_with_is_the_headline():
    # the page's breadcrumb ends with its headline (cut short): that line is the headline, though the model
    # prefers the teaser above (weights that favour the earliest line)
    headline = "Riverton bridge to reopen next month after repairs"
    lines = [*MENU, "Riverton mayor opens the new library downtown", "News Local Riverton bridge to reopen next month",
             headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == headline
    # a long line that runs into the headline's words is no trail of sections
    lines[len(MENU) + 1] = "Mayor opens the new library in the old bank building downtown - Riverton bridge to reopen next"
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == "Riverton mayor opens the new library downtown"


def test_a_teaser_card_above_the_headline_is_not_taken_for_it_by_its_trail():
    teaser = "Riverton FC sign a new striker from Leeds United"
    headline = "Riverton bridge to reopen next month after repairs"
    lines = [*MENU, "Sport Riverton FC sign a new striker from Leeds United", teaser, "Advertisement feature", headline,
             "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"distance": -1.0, "shared": 3.0, "story": -9.0}) == headline


@pytest.mark.parametrize("label", ["3 of 12 |", "3 / 12"])
def test_a_gallery_picture_s_title_under_its_place_in_the_gallery_counts_as_a_caption(label):
    headline = "Riverton bridge to reopen next month"
    lines = [*MENU, headline, "By Jane Okafor", "June 3, 2024", label, "Watch the Riverton bridge repairs from above",
             *STORY, *FOOTER]
    # weights that favour the line nearest the story, and shun captions
    assert headline_of(lines, {"distance": -2.0, "shared": 1.0, "caption": -5.0, "story": -9.0}) == headline


def test_a_headline_under_a_clock_time_is_no_caption():
    headline = "Riverton bridge to reopen next month after repairs"
    lines = [*MENU, "Today's paper", "14:32", headline, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"distance": -2.0, "shared": 1.0, "caption": -5.0, "story": -9.0}) == headline


def test_an_item_of_a_nested_list_saved_as_text_is_no_headline():
    # a page saved as text marks a third-level list item with 'o ' (inscriptis: '* ', '+ ', 'o ', '- ')
    headline = "Riverton bridge to reopen next month"
    lines = [*MENU, "o Riverton mayor opens the new library downtown", headline, "By Jane Okafor", "June 3, 2024",
             *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == headline
    # a sentence or a headline that opens with a capital 'O' is none
    lines[len(MENU)] = "O Riverton mayor opens the new library downtown"
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == lines[len(MENU)]


def test_a_short_headline_in_title_case_with_a_possessive_is_no_byline():
    from generator.clean.chrome import is_name_like

    assert not is_name_like("Riverton's New Bridge")
    assert is_name_like("Jane O'Connor") and is_name_like("By Jane Okafor and Tom Page")
    headline = "Riverton's New Bridge"
    lines = [*MENU, headline, "By Jane Okafor", "June 3, 2024", "Photo: Lee Tran for Riverton Times", *STORY, *FOOTER]
    assert make_article("\n".join(lines)).title == headline


def test_a_subheading_repeating_the_headline_after_its_colon_gives_way_to_the_headline():
    headline = "Riverton bridge: Reopening next month after repairs"
    lines = [*MENU, "Today's paper", headline, "By Jane Okafor", "June 3, 2024", STORY[0],
             "Reopening next month after repairs", *STORY[1:], *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == headline


@pytest.mark.parametrize("share", ["Facebook Email X LinkedIn Copy link", "Share This Page on Riverton Times"])
def test_share_buttons_are_never_the_headline(share):
    headline = "Riverton bridge to reopen next month"
    lines = [*MENU, headline, "By Jane Okafor", "June 3, 2024", share, *STORY, *FOOTER]
    assert headline_of(lines, {"distance": -2.0, "shared": 1.0, "story": -9.0}) == headline


def test_a_headline_far_above_the_story_past_a_long_box_of_chrome_is_still_found():
    # a paywall's box, a share bar, a video player: fifty lines of chrome between the headline and the story
    headline = "Riverton bridge to reopen next month"
    box = [f"Subscribe now and save {n} %" for n in range(50)]
    lines = ["Today's paper", headline, "The crossing will carry traffic again from July", *box, *STORY, *FOOTER]
    story = [line in STORY for line in lines]
    removed = [line in box or line in FOOTER for line in lines]
    from generator.clean.headline import find_headline

    found = find_headline(lines, story, removed, frozenset({"the", "to", "of", "in", "next"}), {"shared": 3.0, "story": -9.0})
    assert found and found[1] == headline


def test_no_part_of_a_list_item_is_the_headline():
    # '* Title: what - and why' in a list of links: neither the item nor its parts head the story
    headline = "Riverton bridge to reopen next month"
    lines = [*MENU, "* Riverton budget: what the bridge costs - and who pays for it", headline, "By Jane Okafor",
             "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == headline


@pytest.mark.parametrize("name", ["McDonald's to reopen Riverton restaurant", "iPhone sales fall in Riverton",
                                  "#PrayForRiverton trends after bridge collapse",
                                  "GlaxoSmithKline to close its Riverton plant", "Apple unveils iPadOS 18 at Riverton event",
                                  "MacKenzie-McDonald and DeSantis/McCarthy feud over Riverton bridge"])
def test_a_headline_with_a_name_in_mixed_case_stays_a_candidate(name):
    lines = [*MENU, name, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, {"earliest": 5.0, "shared": 1.0}) == name


@pytest.mark.parametrize("under", ["Repairs cost the city twice the first estimate, officials say.",
                                   "Photo: the Riverton bridge under repair in 2023"])
def test_a_short_headline_over_a_summary_sentence_or_a_caption_stays_the_title(under):
    lines = [*MENU, "Riverton bridge reopens", under, "By Jane Okafor", "June 3, 2024", *STORY, *FOOTER]
    assert headline_of(lines, SHORT_FIRST) == "Riverton bridge reopens"


def test_a_paywall_box_and_the_list_of_what_it_offers_are_chrome_inside_the_story():
    box = ["THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
           "Subscribe now to read the latest news in your city and across the country.",
           "* Unlimited digital access to the Riverton Times.", "* Analysis on all things Riverton by our reporters.",
           "* Daily puzzles, including the crossword.", "SUBSCRIBE TO UNLOCK MORE ARTICLES",
           "You can save this article by registering for free here. Or sign-in if you have an account."]
    assert_chrome_inside_the_story(box)


@pytest.mark.parametrize("sentence", ["The content is reserved for subscribers, the company said.",
                                      "Members only: the club's new rules took effect in May."])
def test_a_sentence_about_subscribers_is_no_paywall_notice(sentence):
    from generator.clean.chrome import certain_chrome

    assert certain_chrome(sentence) is None


def test_a_paragraph_ending_in_a_bracketed_note_with_slashes_is_story_not_a_menu():
    from generator.clean.chrome import exact_chrome, is_prose

    noted = "Peace reigned through the region, and the alliance lasted for a decade. [Part 1 / Part 2 / Notes]"
    assert exact_chrome(noted) is None and is_prose(noted)
    assert exact_chrome("Home / News / Local") == "navigation"
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:3], noted,
             *STORY[3:], *FOOTER]
    assert body(make_article("\n".join(lines))) == [*STORY[:3], noted, *STORY[3:]]


def test_when_nothing_reads_as_a_story_only_the_run_around_the_likeliest_line_is_kept():
    from generator.clean.story import _run_around

    decided = [True, True, False, True, True, True, False, True]
    scores = [-3.0, -2.5, -4.0, -1.0, -0.1, -1.5, -4.0, -2.0]
    assert _run_around(decided, scores) == [False, False, False, True, True, True, False, False]


def test_an_unsure_run_of_teasers_far_from_the_story_goes_but_the_story_s_last_sentences_stay():
    from generator.clean.story import _strays_dropped

    rows = [{"terminal": 1.0, "prose": 1.5}] * 4 + [{"terminal": 0.0, "prose": 0.0}] * 9 + [{"terminal": 1.0, "prose": 1.5}] * 3
    scores = [3.0, 4.0, 3.5, 3.0] + [-3.0] * 9 + [1.9, 1.4, 0.6]
    decided = [True] * 4 + [False] * 9 + [True] * 3
    assert _strays_dropped(decided, rows, scores) == decided
    teasers = [{"terminal": float(k % 2), "prose": 1.0 * (k % 2)} for k in range(4)]
    assert _strays_dropped(decided, rows[:13] + teasers[:3], scores) == [True] * 4 + [False] * 12
    # the story's tail after a box, with subheadings between its sentences, stays
    subheading = {"terminal": 0.0, "prose": 0.0}
    tail = [subheading, rows[0], rows[0], subheading, rows[0]]
    decided = [True] * 4 + [False] * 9 + [True] * 5
    assert _strays_dropped(decided, rows[:13] + tail, scores[:13] + [0.5, 1.8, 1.2, 0.3, 1.0]) == decided


@pytest.mark.parametrize("label", ["More Trending", "* Most Popular", "Top Stories", "Meistgelesen"])
def test_the_headlines_after_a_most_read_or_trending_label_are_links_not_story(label):
    teasers = ["Council approves new budget for schools", "Storm damages roofs across the valley"]
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:3], label,
             *teasers, *STORY[3:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert set(teasers) <= {r.text for r in article.removed}


@pytest.mark.parametrize("line", ["Externen Inhalt anzeigen", "Empfohlener redaktioneller Inhalt",
                                  "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
                                  "To view this content, please accept cookies."])
def test_the_placeholder_of_an_embed_awaiting_consent_is_chrome(line):
    from generator.clean.chrome import certain_chrome

    assert certain_chrome(line) is not None
    assert certain_chrome("The court ruled the external content of the contract void.") is None


def test_the_headline_is_the_part_of_a_page_title_before_its_bar_not_the_whole_line():
    # weights under which a line's part scores a little below the whole line (every word here is the story's)
    weights = {"shared": 4.0, "part": -0.3, "length": -0.01}
    lines = [*MENU, "Skip to main content", "Riverton bridge to reopen | Riverton mayor", *STORY, *FOOTER]
    assert headline_of(lines, weights) == "Riverton bridge to reopen"
    lines = [*MENU, "Skip to main content", "Riverton bridge to reopen – the mayor announced repairs", *STORY, *FOOTER]
    assert headline_of(lines, weights) == "Riverton bridge to reopen – the mayor announced repairs"


def test_a_caption_s_words_over_its_credit_do_not_end_the_story():
    from generator.clean.story import _fill

    def row(**given):
        return {"caption": 0.0, "credit": 0.0, "bullet": 0.0, "prose": 1.5, "topic_core": 0.0, "terminal": 1.0,
                "after_link_label": 0.0, "reports_speech": 0.0, "after_comments": 0.0, "length": 3.0, **given}

    caption, credit = row(prose=0.0, terminal=0.0, length=1.1), row(prose=0.0, terminal=0.0, credit=1.0, length=1.1)
    rows = [row(), row(), caption, credit, row(), row(), row(prose=0.0, terminal=0.0)]
    scores = [3.0, 3.0, -0.4, -3.0, 1.5, 1.4, -4.0]
    decided = [True, True, False, False, False, False, False]
    assert _fill(decided, rows, scores) == [True, True, False, False, True, True, False]


def _row(**given):
    return {"caption": 0.0, "credit": 0.0, "bullet": 0.0, "prose": 1.5, "topic_core": 0.0, "terminal": 1.0,
            "after_link_label": 0.0, "reports_speech": 0.0, "after_comments": 0.0, "length": 3.0, **given}


def test_a_pull_quote_between_paragraphs_does_not_cut_off_the_story_s_opening():
    from generator.clean.story import _fill

    # the opening's sentences (sure), a pull quote (a sentence the model doubts), its speaker and role, the story
    short = _row(prose=0.0, terminal=0.0, length=1.1)
    rows = [short, _row(), _row(), _row(), short, short, _row(), _row(), short]
    scores = [-4.0, 1.6, 1.3, -1.8, -1.6, -1.5, 3.0, 3.0, -4.0]
    decided = [False] * 6 + [True, True, False]
    assert _fill(decided, rows, scores) == [False, True, True, False, False, False, True, True, False]


def test_numbered_subheadings_with_their_paragraphs_inside_the_story_are_its_own():
    from generator.clean.story import _fill

    # '1) Trading plans' / a paragraph / '2) Services' / a paragraph, between two parts of the story
    numbered = _row(bullet=1.0, numbered=1.0, prose=-1.0, terminal=0.0, length=1.4)
    rows = [_row(), _row(), numbered, _row(), numbered, _row(), _row(), _row()]
    scores = [3.0, 3.0, -1.5, -0.5, -1.5, -0.5, 3.0, 3.0]
    decided = [True, True, False, False, False, False, True, True]
    assert _fill(decided, rows, scores) == [True] * 8
    # an item of a list no line introduces ('• Mayor faces questions'), however a paragraph follows it, is no subheading
    rows[2] = rows[4] = _row(bullet=1.0, prose=-1.0, terminal=0.0, length=1.4)
    assert _fill(decided, rows, scores) == decided
    rows[2] = rows[4] = numbered
    # a list item between teasers is no subheading: no paragraph of prose under it
    rows[3] = rows[5] = _row(prose=0.0, terminal=0.0, length=1.4)
    assert _fill(decided, rows, scores) == decided


@pytest.mark.parametrize("between, beyond", [(_row(bullet=1.0, prose=0.0, terminal=0.0), 1.6),  # a list item
                                             (_row(prose=0.0, terminal=0.0, length=1.1), 0.5)])  # an unsure line
def test_past_a_list_item_or_to_an_unsure_line_the_story_does_not_go_on(between, beyond):
    from generator.clean.story import _fill

    rows = [_row(), between, _row(), _row()]
    scores = [beyond, -2.0, 3.0, 3.0]
    assert _fill([False, False, True, True], rows, scores) == [False, False, True, True]


@pytest.mark.parametrize("prompt", ["Abonnieren Sie unseren Newsletter", "Inscrivez-vous à nos newsletters",
                                    "Melde dich zu unserem Newsletter an"])
def test_a_call_to_action_in_another_language_is_chrome(prompt):
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:3], prompt,
             *STORY[3:], *FOOTER]
    article = make_article("\n".join(lines))
    assert body(article) == STORY
    assert prompt in {r.text for r in article.removed}


def test_she_at_the_start_of_a_german_sentence_is_no_reader_address():
    from generator.clean.chrome import addresses_reader

    assert not addresses_reader("Sie sagte, der Newsletter des Vereins erscheine künftig monatlich.")
    assert addresses_reader("Registrieren Sie sich kostenlos für den Newsletter")



def test_a_short_headline_the_title_bar_shows_over_a_deck_without_an_end_mark_stays_the_title():
    lines = [*MENU, "Riverton bridge reopens | Riverton Times", "Riverton bridge reopens",
             "Repairs cost the city twice the first estimate, officials say", "By Jane Okafor", "June 3, 2024",
             *STORY, *FOOTER]
    assert make_article("\n".join(lines)).title == "Riverton bridge reopens"


@pytest.mark.parametrize("sentence", [
    "La CNIL a infligé une amende record à Google pour le dépôt de cookies sans le consentement du public.",
    "La donation du château à la commune a été signée jeudi par le maire.",
    "O jornal lançou uma newsletter semanal nos Estados Unidos no ano passado.",
    "Il governo ha detto che noi cittadini riceveremo una newsletter mensile."])
def test_a_news_sentence_in_another_language_naming_cookies_or_a_newsletter_is_no_call_to_action(sentence):
    from generator.clean.chrome import addresses_reader

    assert not addresses_reader(sentence)
    lines = [*MENU, "Riverton bridge to reopen next month", "By Jane Okafor", "June 3, 2024", *STORY[:3], sentence,
             *STORY[3:], *FOOTER]
    assert sentence in body(make_article("\n".join(lines)))


def test_a_sentence_about_privacy_settings_is_no_embed_placeholder():
    from generator.clean.chrome import certain_chrome

    assert certain_chrome("Critics say the default privacy settings prevent users from deleting old posts.") is None


@pytest.mark.parametrize("trail", ["News Home Courts Riverton bridge to reopen next month after two",
                                   "News Home Courts Riverton bridge to reopen next month after two years of repairs"])
def test_the_headline_under_a_trail_of_sections_that_repeats_it_is_the_title(trail):
    # weights under which the model prefers the trail (the first headline-shaped line)
    headline = "Riverton bridge to reopen next month after two years of repairs"
    lines = [*MENU, trail, headline, *STORY, *FOOTER]
    assert headline_of(lines, {"shared": 1.0, "earliest": 5.0}) == headline
