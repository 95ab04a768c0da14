#pragma once

// Small helpers shared by the fuzz targets: libFuzzer hands over raw bytes, the parsers want Qt types.

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <cstdint>

namespace lever::fuzz {

// The input as a QByteArray (a deep copy: the parsers may keep what they read past the call, and a copy
// lets ASan see any read past its end).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits off the first line ("\n", a trailing "\r" dropped); `rest` gets what follows. Without a line
// break the whole input is the line and `rest` is empty. Seeds stay readable text: "selector\npayload".
inline QByteArray takeLine(const QByteArray &input, QByteArray *rest)
{
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0) {
        *rest = QByteArray();
        return input;
    }
    *rest = input.mid(nl + 1);
    QByteArray line = input.left(nl);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace lever::fuzz
