"""Typed errors put in plain, calm words. One sentence, what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.carnet import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def passphrase_reason(code: str) -> str:
    return {
        "too_short": _t("This password is too short. Use at least 8 characters, or a few words."),
        "too_long": _t("This password is too long. Use fewer than 1024 letters or signs."),
        "invalid_character": _t("This password has a sign that cannot be used."),
        "easy_to_guess": _t(
            "This password is too easy to guess. Put a few words together, "
            "or press “Suggest a password”."
        ),
        "mismatch": _t("The two passwords are not the same. Please type them again."),
    }.get(code, _t("This password cannot be used. Please choose another one."))


def error_text(exc: BaseException) -> str:
    if isinstance(exc, errors.WrongRecoveryCode):
        return _t("This code does not open the carnet. Check each group of 4 letters or numbers.")
    if isinstance(exc, errors.WrongPassphrase):
        return _t(
            "This password does not open the carnet. "
            "Check capital letters and accents, then try again."
        )
    if isinstance(exc, errors.WeakPassphrase):
        return " ".join(passphrase_reason(r) for r in exc.reasons)
    if isinstance(exc, errors.DamagedCarnet):
        return _t(
            "This carnet is damaged and cannot be opened. It was not changed. "
            "Ask for help to open a copy."
        )
    if isinstance(exc, errors.NewerCarnet):
        return _t(
            "This carnet was made by a newer Repères. Please install the new Repères "
            "to open it. The carnet was not changed."
        )
    if isinstance(exc, errors.NotACarnet):
        return _t("No carnet was found here. You can create one, or open one on a USB stick.")
    if isinstance(exc, errors.CarnetInUse):
        return _t("This carnet is already open in another Repères window. Close that window first.")
    if isinstance(exc, errors.HelperRefused):
        return {
            "look": _t("During this help session, nothing can be changed. Nothing was saved."),
            "change": _t(
                "During this help session, only new things can be added. Nothing was changed."
            ),
        }.get(
            exc.what,
            _t("Removing needs your password: open “Someone is helping me”."),
        )
    if isinstance(exc, errors.DiskFull):
        return _t("The disk or the USB stick is full. What you saved before is safe.")
    if isinstance(exc, errors.StorageError):
        return _t(
            "Repères cannot write here. Is the USB stick still plugged in? "
            "What you saved before is safe."
        )
    if isinstance(exc, errors.CarnetExists):
        return _t("There is already a carnet in this folder. Choose another folder.")
    if isinstance(exc, errors.CarnetSettingsError):
        return _t("Repères did not open this carnet, to keep it safe. Please ask for help.")
    return _t("Something went wrong. Nothing was changed. Please try again.")


def speech_problem_text(kind: str) -> str:
    return {
        "no_speech_engine": _t(
            "Reading aloud is not possible: there is no voice on this computer. "
            "Everything else works."
        ),
        "speech_not_supported": _t(
            "Reading aloud is not possible on this computer yet. Everything else works."
        ),
        "no_audio_output": _t(
            "Reading aloud is not possible: no sound output was found. "
            "Are the speakers or headphones plugged in?"
        ),
        "audio_output_failed": _t(
            "The sound stopped. Check the speakers or headphones, then press “Read” again."
        ),
        "speech_engine_failed": _t("The voice stopped working. Press “Read” to try again."),
        "voice_missing": _t("The chosen voice is not here any more. Another voice reads."),
    }.get(kind, _t("Reading aloud is not possible right now. Everything else works."))
