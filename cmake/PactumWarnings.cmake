# Warnings are errors on everything this project compiles itself. Designated initializers that
# leave members at their defaults (`Outcome{.rule_id = id}`) are how the SDK's plain structs are
# meant to be filled, so GCC's missing-field-initializers warning about them is switched off.
function(pactum_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
    -Wno-missing-field-initializers)
endfunction()
