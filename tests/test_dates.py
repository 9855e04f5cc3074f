from generator.dates import resolve_date


def test_weekday_is_the_latest_such_day_on_or_before_publication():
    # 2023-10-11 was a Wednesday
    assert resolve_date("on Tuesday", "2023-10-11", None)[0] == "2023-10-10"
    assert resolve_date("on Wednesday", "2023-10-11", None)[0] == "2023-10-11"
    assert resolve_date("on Saturday", "2023-10-11", None)[0] == "2023-10-07"


def test_day_and_month_take_the_year_from_publication_or_copyright():
    assert resolve_date("October 16", "2023-10-20", None)[:1] == ("2023-10-16",)
    assert resolve_date("December 30", "2024-01-03", None)[0] == "2023-12-30"
    date, words, basis = resolve_date("on October 13", None, 2023)
    assert date == "2023-10-13" and "copyright" in basis


def test_full_dates_in_several_shapes():
    assert resolve_date("11 October 2023", None, None)[0] == "2023-10-11"
    assert resolve_date("Aug. 16, 2020", None, None)[0] == "2020-08-16"


def test_no_anchor_no_date():
    assert resolve_date("on Tuesday", None, None) is None
    assert resolve_date("this week", "2023-10-11", None) is None
    assert resolve_date("in recent years", "2023-10-11", None) is None


def test_a_weekday_in_the_future_tense_is_the_next_one():
    date, _, basis = resolve_date("on Friday", "2023-10-11", None, future=True)
    assert date == "2023-10-13" and "future" in basis
    assert resolve_date("next Monday", "2023-10-11", None)[0] == "2023-10-16"
