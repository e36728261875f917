"""Text stage: report files into decoded Documents, normalized text with an offset map, sections and sentences."""
