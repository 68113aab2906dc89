from laci_audit.cli import app

app(prog_name="laci-audit")
