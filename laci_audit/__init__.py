"""laci-audit: hold LaciMartKTUM's privacy policy against the data it really keeps."""

__version__ = "0.1.0"
DEFAULT_JOBS = 4  # live sources read at once: here, so the command line knows it without importing the scan
