from datetime import date

import pytest

from whosaid.extract.dates import paragraph_date

WEDNESDAY = date(2017, 10, 11)


@pytest.mark.parametrize("text, expected", [
    ("claimed on social media Wednesday", date(2017, 10, 11)),
    ("was terminated Sunday after", date(2017, 10, 8)),
    ("On Tuesday, the stories came out", date(2017, 10, 10)),
    ("will meet next Friday", date(2017, 10, 13)),
    ("said yesterday", date(2017, 10, 10)),
    ("on Oct. 5 the board met", date(2017, 10, 5)),
    ("on October 5, 2016 it began", date(2016, 10, 5)),
    ("on 5 October 2017 it began", date(2017, 10, 5)),
    ("as of 2017-09-30", date(2017, 9, 30)),
    ("a note from Dec. 30", date(2016, 12, 30)),  # later than publication: the year before
    ("spoke on Monday, 2 October, in the Commons", date(2017, 10, 2)),  # the date the weekday names (was the
    # latest Monday, 9 October)
    ("on Tuesday October 3 it began", date(2017, 10, 3)),
    ("on Monday the 2nd of October", date(2017, 10, 2)),
    ("the 2017 film", None),
    ("no date here", None),
])
def test_the_first_date_a_paragraph_pins_down(text, expected):
    published = date(2017, 1, 10) if "Dec. 30" in text else WEDNESDAY
    assert paragraph_date(text, published) == expected


def test_relative_dates_need_a_publication_date():
    assert paragraph_date("on Monday", None) is None
    assert paragraph_date("on March 3, 2001", None) == date(2001, 3, 3)


@pytest.mark.parametrize("text, expected", [
    ("on 12 March 2005 the bill", date(2005, 3, 12)),
    ("the 2005 bill, from 12 March", None),  # a year, but no date of it
    ("on 12 March the bill", None),  # a date, but no year and no publication date to take it from
    ("as of 1999-12-31", date(1999, 12, 31)),
])
def test_an_undated_document_pins_down_dates_with_their_year_only(text, expected):
    assert paragraph_date(text, None) == expected
