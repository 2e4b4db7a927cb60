#pragma once
// Private to reporting/: the DICOM plumbing its codecs share (SR report,
// peer review, Encapsulated PDF, signatures) — Part 10 files in memory, new
// UIDs, the DA/TM/DT and DS value representations, a CID 29 table.

#include <QByteArray>
#include <QDateTime>
#include <QString>

class DcmFileFormat;

namespace yunyue::dicom {

// PS3.10 7.1: 128-byte preamble, "DICM", meta header, data set. False (with
// a technical *detail) for anything else, truncated files included.
bool readPart10(const QByteArray& bytes, DcmFileFormat& file, QString* detail);
// Explicit VR Little Endian; the meta header follows the data set's SOP
// Class and Instance UIDs (a countersigned report gets a new instance UID).
bool writePart10(DcmFileFormat& file, QByteArray* out, QString* detail);
QString newUid(const char* root);

// DT (PS3.5 Table 6.2-1) with milliseconds and the offset from UTC.
QString utcOffset(const QDateTime& dt);
QString dicomDateTime(const QDateTime& dt);
// DA + TM + "&ZZXX" pieces; any component after the year may be absent.
QDateTime parseDicomDateTime(const QString& dt);
// DS holds at most 16 characters; the exact value goes into
// FloatingPointValue (0040,A161) next to it.
QString decimalString(double value);
// PS3.16 CID 29 Acquisition Modality: code value is the DICOM Modality.
QString modalityMeaning(const QString& modality);

}  // namespace yunyue::dicom
