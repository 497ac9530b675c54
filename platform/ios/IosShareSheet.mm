#include "ios/IosShareSheet.h"

#import <UIKit/UIKit.h>

namespace debrief::platform {

namespace {

// The view controller in front: the root of the key window, or what it presents.
UIViewController* frontViewController()
{
    UIWindow* keyWindow = nil;
    for (UIScene* scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        for (UIWindow* window in ((UIWindowScene*)scene).windows) {
            if (window.isKeyWindow)
                keyWindow = window;
        }
    }
    UIViewController* controller = keyWindow.rootViewController;
    while (controller.presentedViewController)
        controller = controller.presentedViewController;
    return controller;
}

} // namespace

bool IosShareSheet::share(const SharedFile& file, QString* detail)
{
    NSURL* url = [NSURL fileURLWithPath:file.path.toNSString()];
    if (![[NSFileManager defaultManager] fileExistsAtPath:url.path]) {
        if (detail)
            *detail = QStringLiteral("no such file: %1").arg(file.path);
        return false;
    }
    UIViewController* front = frontViewController();
    if (!front) {
        if (detail)
            *detail = QStringLiteral("no window to show the share sheet from");
        return false;
    }
    // The URL carries the file; the chooser reads its type from the extension.
    UIActivityViewController* sheet =
        [[UIActivityViewController alloc] initWithActivityItems:@[ url ] applicationActivities:nil];
    sheet.title = file.title.toNSString();
    if (sheet.popoverPresentationController) { // iPad: a popover needs an anchor
        sheet.popoverPresentationController.sourceView = front.view;
        sheet.popoverPresentationController.sourceRect =
            CGRectMake(CGRectGetMidX(front.view.bounds), CGRectGetMidY(front.view.bounds), 0, 0);
        sheet.popoverPresentationController.permittedArrowDirections = 0;
    }
    [front presentViewController:sheet animated:YES completion:nil];
    return true;
}

} // namespace debrief::platform
