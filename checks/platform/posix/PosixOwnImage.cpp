// Nothing runs as SYSTEM or is restarted elevated from the portable build, so nothing is held or copied here.
#include "../OwnImage.h"

namespace mars::platform {

const OwnImage& holdOwnImage()
{
    static const OwnImage image{false, {}, "not held: only the Windows program copies or restarts itself"};
    return image;
}

bool copyOwnImage(const std::string&, std::string&, std::string& error)
{
    error = "only the Windows program copies itself";
    return false;
}

}  // namespace mars::platform
