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
    ("the 2017 film", None),
    ("no date here", None),
])
def test_the_first_date_a_paragraph_pins_down(text, expected):
    published = date(2017, 1, 10) if "Dec. 30" in text else WEDNESDAY
    assert paragraph_date(text, published) == expected


def test_relative_dates_need_a_publication_date():
    assert paragraph_date("on Monday", None) is None
    assert paragraph_date("on March 3, 2001", None) == date(2001, 3, 3)
