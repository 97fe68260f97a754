"""The whyrec web service: ``create_app(Settings(model_dir, db_url))`` builds the FastAPI app.

Importing this package loads nothing: the app's lifespan opens the model
folder, the store and the explainers when it starts. See
:mod:`whyrec.service.app` for the routes and :mod:`whyrec.service.engine`
for how recommendations and explanations are made from the live store.
"""

from whyrec.extras import require

for _name in ("fastapi", "uvicorn", "sqlalchemy"):
    require(_name, "service")

from whyrec.service.app import create_app  # noqa: E402 - after the extra's check
from whyrec.service.auth import SCOPES  # noqa: E402
from whyrec.service.settings import API_KEY_ENV, API_KEYS_ENV, Settings  # noqa: E402

__all__ = ["API_KEYS_ENV", "API_KEY_ENV", "SCOPES", "Settings", "create_app"]
