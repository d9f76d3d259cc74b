target_sources(elshicore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datevalue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datevalue.h
    ${CMAKE_CURRENT_LIST_DIR}/languages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/languages.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/result.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result.h)
