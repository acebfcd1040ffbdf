# Fails when a layer reaches where it must not. The layers, each using only those before it:
# src/core (QtCore only) → src/api (+QtNetwork) and src/emulator (neither sees the other) → ui/ → app/.
#  - src/core uses QtNetwork, QtWidgets, QtGui, QtHttpServer, QtCharts or another layer;
#  - src/api and src/emulator include each other;
#  - ui/ handles a QNetworkReply or raw JSON: it names jsonutil.h, nlohmann, QJsonDocument, QJsonObject,
#    QJsonArray, QJsonValue or QNetworkReply (a widget gets typed results from api and core).
#  - src/control (the session and the controllers) uses widgets, the GUI, ui or the emulator, or a layer
#    below it (core, api, emulator) includes it.
#   cmake -DSOURCE_DIR=<tree> -P check_layers.cmake   (tests/check_layers_selftest.cmake shows it fails)
set(violations "")

function(scan dir pattern what)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "${pattern}")
    if(hits)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      list(GET hits 0 first)
      set(violations "${violations}\n  ${rel}: ${what}: ${first}" PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

scan(src/core "#[ \t]*include[ \t]*[<\"](QtNetwork|QtWidgets|QtGui|QtHttpServer|QtCharts|QNetwork|QWidget|QHttpServer|QTcp|QAbstractSocket|QChart|api/|emulator/|ui/|cli/)" "core must stay QtCore-only")
scan(src/api "#[ \t]*include[ \t]*[<\"](emulator/|QHttpServer|QtWidgets|QWidget|ui/)" "api must not include the emulator or widgets")
scan(src/emulator "#[ \t]*include[ \t]*[<\"](api/|QtWidgets|QWidget|ui/|cli/)" "emulator must not include the client or widgets")
scan(src/control "#[ \t]*include[ \t]*[<\"](QtWidgets|QWidget|QtGui|QGui|QApplication|QtCharts|QChart|QHttpServer|QStyle|QIcon|QPixmap|QColor|emulator/|ui/|cli/)" "control may use api and core, never ui, widgets or the emulator")
foreach(lower src/core src/api src/emulator)
  scan(${lower} "#[ \t]*include[ \t]*[<\"]control/" "only ui and above use control")
endforeach()
if(EXISTS "${SOURCE_DIR}/ui")
  scan(ui "(QNetworkReply|nlohmann|QJson(Document|Object|Array|Value)|jsonutil\\.h)"
       "ui must not see replies or raw JSON")
endif()

# The libraries' link lines: core links QtCore (and nlohmann) only.
file(READ "${SOURCE_DIR}/src/core/CMakeLists.txt" corecmake)
if(corecmake MATCHES "Qt6::(Network|Widgets|Gui|HttpServer|Charts)")
  set(violations "${violations}\n  src/core/CMakeLists.txt links more than QtCore")
endif()
# control links api and core (QtCore, QtNetwork) only.
file(READ "${SOURCE_DIR}/src/control/CMakeLists.txt" controlcmake)
if(controlcmake MATCHES "Qt6::(Widgets|Gui|HttpServer|Charts|Svg)|ftui|ftemu")
  set(violations "${violations}\n  src/control/CMakeLists.txt links a GUI library, the emulator or ui")
endif()

if(violations)
  message(FATAL_ERROR "Layer violations:${violations}")
endif()
message(STATUS "layers are honest")
