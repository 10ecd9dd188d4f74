"""The map as a picture: PNG, SVG and PDF (A3 landscape), rendered from the scene (vectors)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

MARGIN = 30.0


def _source(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@contextmanager
def _unselected(scene: QGraphicsScene) -> Iterator[None]:
    """Draw without selection marks or cached pixmaps, then restore both (no signals)."""
    selected = scene.selectedItems()
    cached = [(i, i.cacheMode()) for i in scene.items() if i.cacheMode() != i.CacheMode.NoCache]
    scene.blockSignals(True)
    try:
        scene.clearSelection()
        for item, _mode in cached:
            item.setCacheMode(item.CacheMode.NoCache)  # vectors, not cached pixmaps
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(False)


def render_png_bytes(scene: QGraphicsScene, scale: float = 2.0) -> bytes:
    """PNG of the whole map at ``scale`` pixels per scene unit (white background)."""
    source = _source(scene)
    image = QImage(
        max(1, int(source.width() * scale)),
        max(1, int(source.height() * scale)),
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    with _unselected(scene):
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def export_png(scene: QGraphicsScene, path: Path, scale: float = 2.0) -> None:
    Path(path).write_bytes(render_png_bytes(scene, scale))


def export_svg(scene: QGraphicsScene, path: Path, title: str = "Value-stream map") -> None:
    source = _source(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("Exported from SCORE Desktop")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#ffffff"))
    with _unselected(scene):
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


#: The PDF's coordinate resolution. It must be the resolution the scene's text is laid out
#: for (a QImage's 96 dots per inch, as in the PNG): point-size fonts are drawn at the
#: device's resolution, so at 300 dpi every label came out about three times too large.
#: The page is vectors either way; this only sets the unit of its coordinates.
PDF_DPI = 96


def fitted(source: QRectF, page: QRectF) -> QRectF:
    """The largest rectangle of ``source``'s shape inside ``page``, centred on it."""
    if source.width() <= 0 or source.height() <= 0:
        return QRectF(page)
    scale = min(page.width() / source.width(), page.height() / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF(
        page.x() + (page.width() - width) / 2,
        page.y() + (page.height() - height) / 2,
        width,
        height,
    )


def export_pdf(scene: QGraphicsScene, path: Path, title: str = "Value-stream map") -> None:
    """One A3 landscape page, the map scaled to fit inside 10 mm margins and centred."""
    source = _source(scene)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("SCORE Desktop")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A3),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    target = fitted(source, QRectF(painter.viewport()))
    with _unselected(scene):
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()


def export_map(scene: QGraphicsScene, path: Path, title: str = "Value-stream map") -> None:
    """By the file's suffix: .png, .svg or .pdf (ValueError for anything else)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        export_png(scene, path)
    elif suffix == ".svg":
        export_svg(scene, path, title)
    elif suffix == ".pdf":
        export_pdf(scene, path, title)
    else:
        raise ValueError(f'map picture: "{suffix}" is not .png, .svg or .pdf')
