"""Take a member's photo with a webcam (QtMultimedia). Only offered when a camera is present."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class CameraDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.jpeg: bytes | None = None
        self.view = QVideoWidget()
        self.view.setMinimumSize(480, 360)
        self.view.setAccessibleName(self.tr("Camera picture"))
        self.camera = QCamera()
        self.capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.capture.imageCaptured.connect(self._captured)
        self.camera.errorOccurred.connect(lambda *_: self.note.setText(self.tr("The camera cannot be used.")))
        self.note = QLabel(self.tr("Ask the member to look at the camera, then press Take photo."))
        self.take = QPushButton(self.tr("&Take photo"))
        self.take.setAccessibleName(self.tr("Take photo"))
        self.take.setDefault(True)
        self.take.clicked.connect(self.capture.capture)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.take)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.camera.start()

    def _captured(self, _id: int, image: QImage) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)
        self.jpeg = bytes(data)
        self.camera.stop()
        self.accept()

    def reject(self) -> None:
        self.camera.stop()
        super().reject()
