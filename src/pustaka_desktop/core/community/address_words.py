"""The words a village writes in front of a person's name: "Bu Yati" one week, "Yati" the next, "Ibu Yati" in the
volunteer's hand. Programme attendance reads them as the same woman (``programs``); a new staff account's user name
leaves them out (``staff_names``). Only words that are never a name on their own in front of another."""

WORDS_OF_ADDRESS = frozenset((
    "bu ibu bpk bapak pak mbak mba mas kak kakak teh teteh kang akang mbah nenek nek kakek kek aki nini abah ema "
    "emak mak bunda om tante bude pakde bulik paklik ny nyonya tn tuan sdr sdri adik dik dek uni uda h hj haji "
    "hajjah ustad ustadz ustadzah").split())
