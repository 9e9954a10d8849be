"""Chinese text helpers every reader of a notice needs: width folding and Chinese numerals.

    >>> fold("（１２）：")
    '(12):'
    >>> cn_number("一百二十"), cn_numeral(11)
    (120, '十一')

Kept apart so the structure, marker, target and deadline readers import it without importing each other.
"""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SCALES = {"十": 10, "百": 100, "千": 1000}

__all__ = ["CN_DIGITS", "CN_SCALES", "cn_number", "cn_numeral", "fold"]

# Full-width ASCII → half-width, one character for one, so positions in the folded text are
# positions in the text as written (which is what the catalogue keeps).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """``（１２３）：`` → ``(123):``; same length as ``text``."""
    return text.translate(_FOLD)


def cn_number(text: str) -> int | None:
    """Chinese numerals: 一 → 1, 两 → 2, 十一 → 11, 二十 → 20, 一百二十 → 120; None if not one."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_SCALES for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_SCALES[ch]
            digit = None
    return total + (digit or 0)


def cn_numeral(number: int) -> str:
    if number <= 10:
        return "零一二三四五六七八九十"[number]
    if number < 20:
        return "十" + "零一二三四五六七八九"[number - 10]
    tens, ones = divmod(number, 10)
    return "零一二三四五六七八九"[tens] + "十" + ("零一二三四五六七八九"[ones] if ones else "")

