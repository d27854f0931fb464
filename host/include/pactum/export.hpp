#pragma once

// Types that cross the plugin boundary (interfaces, exceptions) keep default visibility even in
// plugins built with -fvisibility=hidden, so a plugin's exception can be caught by type in the
// host and an interface pointer can be cast on both sides.
#define PACTUM_EXPORT __attribute__((visibility("default")))
