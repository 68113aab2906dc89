from laci_audit.cli import app

if __name__ == "__main__":  # not when a worker process (sources/ahead.py) imports it as its main module
    app(prog_name="laci-audit")
