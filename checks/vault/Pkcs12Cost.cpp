#include "Pkcs12Cost.h"

#include <limits>
#include <vector>

namespace mars {

namespace {

constexpr int kMaxDepth = 24;
constexpr int kMaxElements = 100000;

constexpr unsigned char kInteger = 0x02;
constexpr unsigned char kOctetString = 0x04;
constexpr unsigned char kSequence = 0x30;
constexpr unsigned char kConstructed = 0x20;

struct Element {
    unsigned char tag = 0;
    std::size_t contentStart = 0;
    std::size_t contentEnd = 0;  // for an indefinite length: where its end-of-contents octets begin
    std::size_t end = 0;         // past the element (and its end-of-contents octets)
};

class BerWalker {
public:
    explicit BerWalker(std::string_view der) : m_der(der) {}

    // The element at `at` (before `limit`), its children walked; false when it is not well-formed BER.
    bool element(std::size_t at, std::size_t limit, int depth, Element& out)
    {
        if (depth > kMaxDepth || ++m_elements > kMaxElements || at + 2 > limit)
            return false;
        out.tag = static_cast<unsigned char>(m_der[at]);
        if ((out.tag & 0x1F) == 0x1F)
            return false;  // high tag numbers: never in a PFX
        std::size_t pos = at + 1;
        const unsigned char first = static_cast<unsigned char>(m_der[pos++]);
        const bool constructed = out.tag & kConstructed;
        if (first == 0x80) {  // indefinite: children up to the end-of-contents octets
            if (!constructed)
                return false;
            out.contentStart = pos;
            std::vector<Element> children;
            while (true) {
                if (pos + 2 > limit)
                    return false;
                if (m_der[pos] == 0 && m_der[pos + 1] == 0)
                    break;
                Element child;
                if (!element(pos, limit, depth + 1, child))
                    return false;
                children.push_back(child);
                pos = child.end;
            }
            out.contentEnd = pos;
            out.end = pos + 2;
            inspect(out, children, depth);
            return true;
        }
        std::size_t length = first;
        if (first & 0x80) {
            const int octets = first & 0x7F;
            if (octets > 4 || pos + std::size_t(octets) > limit)
                return false;
            length = 0;
            for (int i = 0; i < octets; ++i)
                length = (length << 8) | static_cast<unsigned char>(m_der[pos++]);
        }
        if (length > limit - pos)
            return false;
        out.contentStart = pos;
        out.contentEnd = pos + length;
        out.end = out.contentEnd;
        if (constructed) {
            std::vector<Element> children;
            for (std::size_t child = out.contentStart; child < out.contentEnd;) {
                Element inner;
                if (!element(child, out.contentEnd, depth + 1, inner))
                    return false;
                children.push_back(inner);
                child = inner.end;
            }
            inspect(out, children, depth);
        } else if (out.tag == kOctetString && length >= 2 && static_cast<unsigned char>(m_der[pos]) == kSequence) {
            // The authenticated safe and its bags are DER inside OCTET STRINGs: walked when they read as BER whole.
            // What a partial read found is dropped with it: a salt or a ciphertext may start like BER by chance.
            const Pkcs12Cost before = cost;
            Element inner;
            if (!element(pos, out.contentEnd, depth + 1, inner) || inner.end != out.contentEnd)
                cost = before;
        }
        return true;
    }

    Pkcs12Cost cost;

private:
    // In a SEQUENCE, an INTEGER right after an OCTET STRING is an iteration count: MacData (digest, salt,
    // iterations), PKCS #12 PBE parameters (salt, iterations) and PBKDF2 parameters (salt, iterationCount, ...).
    void inspect(const Element& sequence, const std::vector<Element>& children, int /*depth*/)
    {
        if (sequence.tag != kSequence)
            return;
        for (std::size_t i = 1; i < children.size(); ++i)
            if (children[i].tag == kInteger && (children[i - 1].tag == kOctetString || children[i - 1].tag == (kOctetString | kConstructed)))
                count(children[i]);
    }

    void count(const Element& integer)
    {
        ++cost.counts;
        std::size_t pos = integer.contentStart;
        while (pos < integer.contentEnd && m_der[pos] == 0)
            ++pos;
        std::uint64_t value = 0;
        if (integer.contentEnd > integer.contentStart && (static_cast<unsigned char>(m_der[integer.contentStart]) & 0x80)) {
            value = std::numeric_limits<std::uint64_t>::max();  // negative: no sensible count, refused as too costly
        } else if (integer.contentEnd - pos > 8) {
            value = std::numeric_limits<std::uint64_t>::max();
        } else {
            for (; pos < integer.contentEnd; ++pos)
                value = (value << 8) | static_cast<unsigned char>(m_der[pos]);
        }
        if (value > cost.iterations)
            cost.iterations = value;
    }

    std::string_view m_der;
    std::size_t m_elements = 0;
};

}  // namespace

Pkcs12Cost pkcs12Cost(std::string_view der)
{
    BerWalker walker(der);
    Element pfx;
    walker.cost.structureRead = walker.element(0, der.size(), 0, pfx) && pfx.tag == kSequence;
    return walker.cost;
}

}  // namespace mars
