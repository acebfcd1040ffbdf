#include "multipart.h"

namespace ft::test {

QByteArray multipartBody(const QByteArray &boundary, const QList<FormField> &fields)
{
    QByteArray out;
    for (const FormField &f : fields) {
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + '"';
        if (!f.filename.isEmpty())
            out += "; filename=\"" + f.filename + "\"\r\nContent-Type: application/octet-stream";
        out += "\r\n\r\n" + f.content + "\r\n";
    }
    return out + "--" + boundary + "--\r\n";
}

} // namespace ft::test
