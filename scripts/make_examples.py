"""Makes the input files of README.md's examples in data/examples/ from the sample report.

    python scripts/make_examples.py

- shanxi-2024.pdf: the sample printed by headless Chromium as a newspaper page in two columns
  (the same way tests/test_formats.py prints its copies; needs chromium and a CJK font);
- shanxi-2024-big5.txt: the sample in Taiwan's Traditional characters (OpenCC s2tw), saved as Big5;
- scan.pdf: a PDF page with no text layer, as a scanner makes them;
- bad.txt: the sample with one byte (0xff) that is not UTF-8, at the first character boundary after 5,000 bytes;
- inbox/: a folder holding the sample, an empty file and a resolution of the congress (no year under review).

The files are shipped, so the README's examples run from a clone; this script says how they were made.
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "data" / "reports" / "shanxi-2024.txt"
EXAMPLES = ROOT / "data" / "examples"
RESOLUTION = """山西省第十四届人民代表大会第二次会议关于政府工作报告的决议
山西省第十四届人民代表大会第二次会议听取和审议了省长金湘军所作的政府工作报告。会议充分肯定省人民政府过去一年的工作，同意报告提出的今后工作的总体要求、目标任务和重点工作，决定批准这个报告。
"""


def bad_utf8(raw, near=5000):
    """raw with 0xff inserted at the first character boundary at or after byte `near`."""
    at = near
    while raw[at] & 0xC0 == 0x80:
        at += 1
    return raw[:at] + b"\xff" + raw[at:]


def main():
    from tests.formats import newspaper_pdf

    text = SAMPLE.read_text(encoding="utf-8")
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    newspaper_pdf(text, EXAMPLES / "shanxi-2024.pdf")
    (EXAMPLES / "shanxi-2024.html").unlink(missing_ok=True)  # the page Chromium printed

    import opencc

    (EXAMPLES / "shanxi-2024-big5.txt").write_bytes(opencc.OpenCC("s2tw").convert(text).encode("big5"))

    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument.new()
    scan.new_page(595, 842)
    scan.save(str(EXAMPLES / "scan.pdf"))

    (EXAMPLES / "bad.txt").write_bytes(bad_utf8(SAMPLE.read_bytes()))

    inbox = EXAMPLES / "inbox"
    inbox.mkdir(exist_ok=True)
    shutil.copyfile(SAMPLE, inbox / "shanxi-2024.txt")
    (inbox / "notes.txt").write_bytes(b"")
    (inbox / "resolution.txt").write_text(RESOLUTION, encoding="utf-8")


if __name__ == "__main__":
    main()
