"""`make bench`: speed and memory figures, printed (not asserted). See bench/__main__.py."""
