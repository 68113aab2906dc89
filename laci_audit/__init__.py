"""laci-audit: hold LaciMartKTUM's privacy policy against the data it really keeps."""

__version__ = "0.1.0"
