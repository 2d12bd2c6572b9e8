"""Everything coach shows or writes: terminal reports (Rich), JSON, CSV, Markdown and HTML.

The one package that imports Rich (a ruff banned-api rule keeps it so). Importing the
package itself loads nothing: commands import the module they need, so `coach --version`
stays fast.
"""
