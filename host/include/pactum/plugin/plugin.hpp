#pragma once

// Everything a plugin source needs. A plugin is one shared library (built with
// pactum_add_plugin) with one PACTUM_PLUGIN(...) line:
//
//   namespace {
//   void register_hello(pactum::Registrar& registrar) { registrar.add_rule(...); }
//   constexpr const char* hello_prefixes[] = {"hello", nullptr};
//   }
//   PACTUM_PLUGIN({.name = "hello", .version = "0.1.0", .description = "Says hello",
//                  .license = "MIT", .prefixes = hello_prefixes,
//                  .register_plugin = &register_hello})
//
// Keep no static objects with constructors that do work: the loader maps the library (and so
// runs them) before it can check that the plugin fits this host.

#ifndef BOOST_DLL_USE_STD_FS
#define BOOST_DLL_USE_STD_FS
#endif
#include <boost/dll/alias.hpp>

#include "pactum/error.hpp"
#include "pactum/plugin/descriptor.hpp"
#include "pactum/plugin/registrar.hpp"

// `constinit` makes the descriptor constant-initialised: reading it runs no plugin code.
#define PACTUM_PLUGIN(...)                                                                         \
  namespace {                                                                                      \
  constinit const ::pactum::PluginDescriptor pactum_plugin_descriptor =                            \
      ::pactum::make_descriptor(::pactum::PluginInfo __VA_ARGS__);                                 \
  }                                                                                                \
  BOOST_DLL_ALIAS(pactum_plugin_descriptor, pactum_plugin_v1)
