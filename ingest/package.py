"""Office Open XML packages (.docx, .xlsx) are ZIP files: checked before a library opens
them, so that a wrong extension or a "zip bomb" is refused with a clear reason."""

from __future__ import annotations

import io
import zipfile

from .errors import UnreadableFile
from .limits import MAX_PACKAGE_UNCOMPRESSED_BYTES
from .sniff import wrong_kind


def check_package(data: bytes, suffix: str) -> None:
    """Raise UnreadableFile unless `data` is a ZIP package of a sane inflated size."""
    wrong = wrong_kind(data, ("zip",))
    if wrong:
        raise UnreadableFile(f"not a readable {suffix} ({wrong})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            size = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile as error:
        raise UnreadableFile(f"not a readable {suffix} ({error})") from error
    if size > MAX_PACKAGE_UNCOMPRESSED_BYTES:
        raise UnreadableFile(
            f"not a readable {suffix} (it inflates to {size >> 20} MiB, beyond "
            f"{MAX_PACKAGE_UNCOMPRESSED_BYTES >> 20} MiB)"
        )
